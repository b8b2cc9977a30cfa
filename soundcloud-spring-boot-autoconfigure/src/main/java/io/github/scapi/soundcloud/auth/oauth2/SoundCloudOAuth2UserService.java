package io.github.scapi.soundcloud.auth.oauth2;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.github.scapi.soundcloud.SoundCloudVersion;
import io.github.scapi.soundcloud.auth.TokenCharacters;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Loads the signed-in user for Spring Security's {@code oauth2Login} from SoundCloud's
 * {@code /me}. Spring Security's default user service sends the token as
 * {@code Authorization: Bearer}; SoundCloud documents {@code Authorization: OAuth}, which
 * this service sends. The user's name is the registration's user-name attribute, {@code urn}
 * when none is configured.
 *
 * <pre class="code">
 * http.oauth2Login((login) -&gt; login.userInfoEndpoint((userInfo) -&gt; userInfo.userService(new SoundCloudOAuth2UserService())));
 * </pre>
 *
 * @author scapi contributors
 */
public final class SoundCloudOAuth2UserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	private static final ParameterizedTypeReference<Map<String, Object>> ATTRIBUTES = new ParameterizedTypeReference<>() {
	};

	private final RestClient restClient;

	/**
	 * Create a service with a default {@link RestClient}, which sends the library's
	 * {@code User-Agent} like every other request of the starter.
	 */
	public SoundCloudOAuth2UserService() {
		this(RestClient.builder().defaultHeader(HttpHeaders.USER_AGENT, SoundCloudVersion.defaultUserAgent()).build());
	}

	/**
	 * Create a service that uses the given client, for example one built from Spring Boot's
	 * {@code RestClient.Builder}.
	 * @param restClient the client
	 */
	public SoundCloudOAuth2UserService(RestClient restClient) {
		Assert.notNull(restClient, "'restClient' must not be null");
		this.restClient = restClient;
	}

	@Override
	public OAuth2User loadUser(OAuth2UserRequest request) throws OAuth2AuthenticationException {
		Assert.notNull(request, "'request' must not be null");
		var provider = request.getClientRegistration().getProviderDetails();
		String uri = provider.getUserInfoEndpoint().getUri();
		if (!StringUtils.hasText(uri)) {
			throw new OAuth2AuthenticationException(new OAuth2Error("missing_user_info_uri",
					"Registration '" + request.getClientRegistration().getRegistrationId()
							+ "' has no user-info-uri; set it to the API's /me, e.g. https://api.soundcloud.com/me",
					null));
		}
		if (!TokenCharacters.isSendableAccessToken(request.getAccessToken().getTokenValue())) {
			// the JDK would reject the header with a message that prints it, token included
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response",
					"The access token of registration '" + request.getClientRegistration().getRegistrationId()
							+ "' cannot be sent in an HTTP header: it holds a character other than visible ASCII",
					null));
		}
		Map<String, Object> attributes;
		try {
			attributes = this.restClient.get()
				.uri(uri)
				.accept(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.AUTHORIZATION, "OAuth " + request.getAccessToken().getTokenValue())
				.retrieve()
				.body(ATTRIBUTES);
		}
		catch (RestClientException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info_response",
					"Could not read the SoundCloud user: " + ex.getClass().getSimpleName(), null), ex);
		}
		String nameAttribute = StringUtils.hasText(provider.getUserInfoEndpoint().getUserNameAttributeName())
				? provider.getUserInfoEndpoint().getUserNameAttributeName() : "urn";
		if (attributes == null || attributes.get(nameAttribute) == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info_response",
					"The SoundCloud user has no '" + nameAttribute + "' attribute", null));
		}
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		authorities.add(new OAuth2UserAuthority(attributes, nameAttribute));
		for (String scope : request.getAccessToken().getScopes()) {
			authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope));
		}
		return new DefaultOAuth2User(authorities, attributes, nameAttribute);
	}

}
