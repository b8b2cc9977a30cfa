package io.github.scapi.soundcloud.autoconfigure;

import java.util.concurrent.Executor;

import io.github.scapi.soundcloud.SoundCloudConnectorBuilder;
import io.github.scapi.soundcloud.SoundCloudRetryPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code soundcloud.*} properties onto a {@link SoundCloudConnectorBuilder}, in the
 * manner of Boot's {@code RestClientBuilderConfigurer}: each setting the builder refuses
 * fails start-up naming its property.
 */
final class SoundCloudConnectorConfigurer {

	private final SoundCloudProperties properties;

	private final SoundCloudConnectionDetails connectionDetails;

	private final @Nullable Executor prefetchExecutor;

	SoundCloudConnectorConfigurer(SoundCloudProperties properties, SoundCloudConnectionDetails connectionDetails,
			@Nullable Executor prefetchExecutor) {
		this.properties = properties;
		this.connectionDetails = connectionDetails;
		this.prefetchExecutor = prefetchExecutor;
	}

	/**
	 * Apply the properties to the builder.
	 * @param builder the builder
	 * @return the builder
	 */
	SoundCloudConnectorBuilder configure(SoundCloudConnectorBuilder builder) {
		SoundCloudProperties.Api api = this.properties.getApi();
		// the base URL is the connection's: named after its property only when it comes from it
		String baseUrlSource = (this.connectionDetails instanceof PropertiesSoundCloudConnectionDetails)
				? "soundcloud.api.base-url"
				: "the base URL of " + this.connectionDetails.getClass().getName();
		PropertyChecks.apply(baseUrlSource, "a valid base URL such as https://api.soundcloud.com",
				() -> builder.baseUrl(this.connectionDetails.getBaseUrl()));
		PropertyChecks.apply("soundcloud.api.page-size", "a number from 1 to 200",
				() -> builder.pageSize(api.getPageSize()));
		PropertyChecks.apply("soundcloud.api.trusted-hosts", "host names only, such as cdn.example.com",
				() -> builder.trustedHosts(api.getTrustedHosts()));
		String userAgent = this.properties.getHttp().getUserAgent();
		if (userAgent != null) {
			PropertyChecks.apply("soundcloud.http.user-agent", "a non-blank header value",
					() -> builder.userAgent(userAgent));
		}
		PropertyChecks.apply("soundcloud.http.max-response-size", "a size from 64KB to 2GB, such as 4MB",
				() -> builder.maxResponseSize(this.properties.getHttp().getMaxResponseSize()));
		builder.collapseScope(api.isCollapseScope());
		SoundCloudProperties.Paging paging = this.properties.getPaging();
		if (!paging.isPrefetch()) {
			builder.prefetch(false);
		}
		else if (this.prefetchExecutor != null) {
			builder.prefetchExecutor(this.prefetchExecutor);
		}
		else {
			PropertyChecks.apply("soundcloud.paging.prefetch-threads", "at least 1",
					() -> builder.prefetchThreads(paging.getPrefetchThreads()));
		}
		SoundCloudProperties.Retry retry = this.properties.getRetry();
		PropertyChecks.apply("soundcloud.retry", "max-attempts of at least 1 and non-negative backoffs and a positive deadline",
				() -> builder.retryPolicy(new SoundCloudRetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(),
						retry.getMaxBackoff(), retry.getDeadline())));
		return builder;
	}

}
