package io.github.scapi.soundcloud.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations the SoundCloud client makes. Spring's own {@code http.client.requests}
 * observes every HTTP exchange; this one observes the logical request around it, with its
 * retries and redirects.
 *
 * @author scapi contributors
 */
public enum SoundCloudObservationDocumentation implements ObservationDocumentation {

	/**
	 * One logical request to the SoundCloud API, from the first attempt to the result or
	 * the failure.
	 */
	CLIENT_REQUEST {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultSoundCloudRequestConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public Observation.Event[] getEvents() {
			return Events.values();
		}

	};

	/**
	 * Tags of {@code soundcloud.client.requests}; all of bounded cardinality.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/** The resource family: the first segment of the path template, e.g. {@code tracks}. */
		RESOURCE {
			@Override
			public String asString() {
				return "resource";
			}
		},

		/** The operation: method and path template, e.g. {@code GET /tracks/{track_urn}}. */
		OPERATION {
			@Override
			public String asString() {
				return "operation";
			}
		},

		/** {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR} or {@code UNKNOWN} (no response). */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/** The kind of credentials: {@code NONE}, {@code TOKEN}, {@code BASIC}, {@code OAUTH1}, {@code OAUTH2}. */
		AUTH_TYPE {
			@Override
			public String asString() {
				return "auth.type";
			}
		},

		/** The simple name of the exception, or {@code none}. */
		EXCEPTION {
			@Override
			public String asString() {
				return "exception";
			}
		}

	}

	/**
	 * Name of the request attribute that holds the {@link Observation} of the SoundCloud
	 * request an HTTP exchange belongs to, so that code running inside the exchange (an
	 * authenticator) can record events on it.
	 */
	public static final String OBSERVATION_ATTRIBUTE = SoundCloudObservationDocumentation.class.getName()
			+ ".observation";

	/**
	 * Record an event on the SoundCloud request an HTTP request belongs to, if it is observed.
	 * @param request the HTTP request
	 * @param event the event
	 */
	public static void record(org.springframework.http.HttpRequest request, Observation.Event event) {
		if (request.getAttributes().get(OBSERVATION_ATTRIBUTE) instanceof Observation observation) {
			observation.event(event);
		}
	}

	/**
	 * Events within a request; a meter registry counts each as
	 * {@code soundcloud.client.requests.<event>}.
	 */
	public enum Events implements Observation.Event {

		/** An attempt is about to be retried. */
		RETRY {
			@Override
			public String getName() {
				return "retry";
			}
		},

		/** A redirect is about to be followed. */
		REDIRECT {
			@Override
			public String getName() {
				return "redirect";
			}
		},

		/** The API answered 429. */
		RATE_LIMITED {
			@Override
			public String getName() {
				return "rate.limited";
			}
		},

		/** One page of a list was fetched. */
		PAGE {
			@Override
			public String getName() {
				return "page";
			}
		},

		/** The credentials were renewed after a 401. */
		CREDENTIALS_RENEWED {
			@Override
			public String getName() {
				return "credentials.renewed";
			}
		},

		/** An OAuth 2.1 access token was obtained: a first token, a refresh, or a new one after a 401. */
		TOKEN_OBTAINED {
			@Override
			public String getName() {
				return "token.obtained";
			}
		}

	}

}
