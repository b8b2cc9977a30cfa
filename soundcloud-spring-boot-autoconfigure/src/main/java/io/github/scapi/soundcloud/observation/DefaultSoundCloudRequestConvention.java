package io.github.scapi.soundcloud.observation;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The default names and tags of {@code soundcloud.client.requests}. Replace it by passing
 * your own {@link ObservationConvention} to the connector builder (or defining a bean of it
 * in a Spring Boot application).
 *
 * @author scapi contributors
 */
public class DefaultSoundCloudRequestConvention implements ObservationConvention<SoundCloudRequestContext> {

	/** The observation's name. */
	public static final String NAME = "soundcloud.client.requests";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(SoundCloudRequestContext context) {
		return "soundcloud " + context.getMethod() + " " + context.getPathTemplate();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SoundCloudRequestContext context) {
		return KeyValues.of(
				SoundCloudObservationDocumentation.LowCardinalityKeyNames.RESOURCE.withValue(resource(context)),
				SoundCloudObservationDocumentation.LowCardinalityKeyNames.OPERATION
					.withValue(context.getMethod() + " " + context.getPathTemplate()),
				SoundCloudObservationDocumentation.LowCardinalityKeyNames.OUTCOME.withValue(outcome(context)),
				SoundCloudObservationDocumentation.LowCardinalityKeyNames.AUTH_TYPE.withValue(context.getAuthType()),
				SoundCloudObservationDocumentation.LowCardinalityKeyNames.EXCEPTION
					.withValue((context.getFailure() != null) ? context.getFailure() : "none"));
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof SoundCloudRequestContext;
	}

	private static String resource(SoundCloudRequestContext context) {
		String template = context.getPathTemplate();
		if (!template.startsWith("/")) {
			return "none";
		}
		int end = template.indexOf('/', 1);
		String first = (end < 0) ? template.substring(1) : template.substring(1, end);
		return first.isEmpty() ? "none" : first;
	}

	private static String outcome(SoundCloudRequestContext context) {
		int status = context.getStatus();
		if (status >= 200 && status < 400) {
			return "SUCCESS";
		}
		if (status >= 400 && status < 500) {
			return "CLIENT_ERROR";
		}
		return (status >= 500) ? "SERVER_ERROR" : "UNKNOWN";
	}

}
