package io.github.scapi.soundcloud;

import io.github.scapi.soundcloud.observation.DefaultSoundCloudRequestConvention;
import io.github.scapi.soundcloud.observation.SoundCloudObservationDocumentation;
import io.github.scapi.soundcloud.observation.SoundCloudRequestContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The {@code soundcloud.client.requests} observation of one logical request, and how far the
 * request has come (attempts, redirects, the last status) for the tags it ends with. With a
 * registry that observes nothing no context is made and every call does next to nothing.
 */
final class RequestObservation {

	private static final DefaultSoundCloudRequestConvention DEFAULT_CONVENTION = new DefaultSoundCloudRequestConvention();

	private final Observation observation;

	private final @Nullable SoundCloudRequestContext context;

	private int status;

	private int attempts;

	private int redirects;

	private RequestObservation(Observation observation, @Nullable SoundCloudRequestContext context) {
		this.observation = observation;
		this.context = context;
	}

	/**
	 * Start the observation of {@code call}, as a child of the caller's observation if it had
	 * one (so that a walk, whose pages may be fetched on another thread, is one trace).
	 */
	static RequestObservation start(Call<?> call, String authType, @Nullable Observation parent,
			ObservationRegistry registry, @Nullable ObservationConvention<SoundCloudRequestContext> convention) {
		SoundCloudRequestContext context = registry.isNoop() ? null
				: new SoundCloudRequestContext(call.method().name(), call.pathTemplate(), authType);
		Observation observation = SoundCloudObservationDocumentation.CLIENT_REQUEST.observation(convention,
				DEFAULT_CONVENTION, () -> context, registry);
		if (parent != null) {
			observation.parentObservation(parent);
		}
		observation.start();
		return new RequestObservation(observation, context);
	}

	/** The observation, for the exchanges' own observations to take as their parent. */
	Observation observation() {
		return this.observation;
	}

	Observation.Scope openScope() {
		return this.observation.openScope();
	}

	void attempt() {
		this.attempts++;
	}

	/** The status of the last response, or 0 when an exchange got none. */
	void status(int status) {
		this.status = status;
	}

	int status() {
		return this.status;
	}

	void redirected() {
		this.redirects++;
		event(SoundCloudObservationDocumentation.Events.REDIRECT);
	}

	void event(Observation.Event event) {
		this.observation.event(event);
	}

	void succeeded(Call.Kind kind) {
		if (kind == Call.Kind.PAGE) {
			event(SoundCloudObservationDocumentation.Events.PAGE);
		}
		if (this.context != null) {
			this.context.ended(this.status, this.attempts, this.redirects, null);
		}
	}

	void failed(SoundCloudException ex) {
		if (this.context != null) {
			this.context.ended(ex.getStatus(), this.attempts, this.redirects, ex.getClass().getSimpleName());
		}
		this.observation.error(ex);
	}

	void stop() {
		this.observation.stop();
	}

}
