package io.github.scapi.soundcloud.auth.oauth2;

import java.util.List;
import java.util.function.Supplier;

import io.github.scapi.soundcloud.auth.TokenCharacters;

import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.AbstractOAuth2AuthorizationGrantRequest;
import org.springframework.security.oauth2.client.endpoint.DefaultOAuth2TokenRequestHeadersConverter;
import org.springframework.security.oauth2.client.endpoint.DefaultOAuth2TokenRequestParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls the token endpoint for Spring Security's authorized-client providers, with Spring
 * Security's own request headers (client authentication), parameters and response parsing. It differs from Spring Security's {@code RestClient...TokenResponseClient}s
 * in these ways: it sends through a {@link RestClient} built from the application's builder
 * and transport (timeouts, observations, no redirects); the request body prints its
 * secrets masked, because {@code RestClient} logs bodies at DEBUG and Spring Security's
 * clients would print refresh tokens there; error responses keep their error code for 401
 * as well as 400 (RFC 6749 §5.2), escaped, with the status; and tokens that cannot be sent
 * in a header are refused.
 *
 * @param <T> the grant request type
 * @author scapi contributors
 */
public final class SoundCloudTokenResponseClient<T extends AbstractOAuth2AuthorizationGrantRequest>
		implements OAuth2AccessTokenResponseClient<T> {

	private final Supplier<RestClient> restClient;

	private final DefaultOAuth2TokenRequestHeadersConverter<T> headers = new DefaultOAuth2TokenRequestHeadersConverter<>();

	private final DefaultOAuth2TokenRequestParametersConverter<T> parameters = new DefaultOAuth2TokenRequestParametersConverter<>();

	/**
	 * Create a client.
	 * @param restClientBuilder the builder to start from; it is cloned, and its message
	 * converters and status handling are replaced by the token endpoint's
	 */
	public SoundCloudTokenResponseClient(RestClient.Builder restClientBuilder) {
		this(supplier(restClientBuilder));
	}

	/**
	 * Create a client whose {@link RestClient} is made for the first token request, so that
	 * an application's start-up does not pay for it.
	 * @param restClientBuilder supplies the builder to start from, once; it is cloned, and
	 * its message converters and status handling are replaced by the token endpoint's
	 */
	public SoundCloudTokenResponseClient(Supplier<RestClient.Builder> restClientBuilder) {
		Assert.notNull(restClientBuilder, "'restClientBuilder' must not be null");
		this.restClient = SingletonSupplier.of(() -> restClientBuilder.get()
			.clone()
			.messageConverters((converters) -> {
				converters.clear();
				converters.addAll(
						List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()));
			})
			.defaultStatusHandler(new TokenErrorResponseHandler())
			.build());
	}

	private static Supplier<RestClient.Builder> supplier(RestClient.Builder restClientBuilder) {
		Assert.notNull(restClientBuilder, "'restClientBuilder' must not be null");
		return () -> restClientBuilder;
	}

	/**
	 * Refuse tokens that cannot be sent: the access token goes into a header, where the JDK
	 * would reject it with a message that prints it. Refused here, they are never stored.
	 */
	private static void checkCharacters(OAuth2AccessTokenResponse response) {
		if (!TokenCharacters.isSendableAccessToken(response.getAccessToken().getTokenValue())) {
			throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
					"The token endpoint issued an access token that cannot be sent in an HTTP header: it holds a "
							+ "character other than visible ASCII",
					null));
		}
		OAuth2RefreshToken refreshToken = response.getRefreshToken();
		if (refreshToken != null && !TokenCharacters.isValidRefreshToken(refreshToken.getTokenValue())) {
			throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
					"The token endpoint issued a refresh token that holds a control character or a character "
							+ "outside ASCII",
					null));
		}
	}

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(T grantRequest) {
		Assert.notNull(grantRequest, "'grantRequest' must not be null");
		MultiValueMap<String, String> body = new RedactedTokenRequestParameters(this.parameters.convert(grantRequest));
		try {
			OAuth2AccessTokenResponse response = this.restClient.get().post()
				.uri(grantRequest.getClientRegistration().getProviderDetails().getTokenUri())
				.headers((httpHeaders) -> httpHeaders.addAll(this.headers.convert(grantRequest)))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(body)
				.retrieve()
				.body(OAuth2AccessTokenResponse.class);
			if (response == null) {
				throw new OAuth2AuthorizationException(
						new OAuth2Error("invalid_token_response", "The token endpoint returned an empty body", null));
			}
			checkCharacters(response);
			return response;
		}
		catch (RestClientException ex) {
			throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
					"The token endpoint could not be used: " + ex.getClass().getSimpleName(), null), ex);
		}
	}

}
