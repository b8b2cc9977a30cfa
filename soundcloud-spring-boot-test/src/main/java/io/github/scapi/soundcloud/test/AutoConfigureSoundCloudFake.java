package io.github.scapi.soundcloud.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a {@link SoundCloudFake} for the test's application context and points the
 * SoundCloud starter at it, whatever the application's configuration says.
 * <p>
 * The fake is added to the context as a bean (inject it with {@code @Autowired SoundCloudFake})
 * together with a {@code SoundCloudConnectionDetails} bean, as Spring Boot's
 * {@code @ServiceConnection} does for databases: the connector's base URL, the OAuth 2.1 and
 * OAuth 1.0a endpoints and the credentials are the fake's, in place of those of
 * {@code soundcloud.api.base-url} and {@code soundcloud.auth.*}. So an application whose
 * {@code application.yml} holds real credentials of any kind (even placeholders of variables
 * that are unset in tests) runs its tests against the fake unchanged; no property is
 * changed, and the other {@code soundcloud.*} settings apply as configured. The fake lives as
 * long as the context: contexts cached by the Spring TestContext framework share it, and it
 * stops when the context closes.
 * <p>
 * Works on nested test classes too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureSoundCloudFake {

	/**
	 * The kind of credentials the connector sends to the fake, its static access token by
	 * default.
	 * @return the kind of credentials
	 */
	Credentials credentials() default Credentials.TOKEN;

	/**
	 * Whether to use the fake's access token; {@code false} is
	 * {@code credentials = Credentials.CONFIGURED}.
	 * @return whether to use the static token
	 * @deprecated in favour of {@link #credentials()}
	 */
	@Deprecated(since = "0.1.0")
	boolean authenticated() default true;

	/**
	 * Kinds of credentials the fake issues to the application under test.
	 */
	enum Credentials {

		/**
		 * The fake's static access token ({@link SoundCloudFake#accessToken()}), which
		 * never expires.
		 */
		TOKEN,

		/**
		 * HTTP Basic with the fake's user name and password.
		 */
		BASIC,

		/**
		 * OAuth 1.0a with the fake's consumer and its pre-approved access token; the
		 * three-legged flow's endpoints are the fake's too.
		 */
		OAUTH1,

		/**
		 * OAuth 2.1 client credentials: the fake's client id and secret, exchanged at its
		 * token endpoint.
		 */
		CLIENT_CREDENTIALS,

		/**
		 * OAuth 2.1 with a refresh token the fake issued for its client, as a headless
		 * application acting for a user is set up.
		 */
		REFRESH_TOKEN,

		/**
		 * No credentials: every request is anonymous.
		 */
		NONE,

		/**
		 * The credentials the application configures ({@code soundcloud.auth.*}, or a
		 * Spring Security registration named {@code soundcloud} for applications that sign
		 * users in), sent to the fake's endpoints: give the test the fake's credentials, or
		 * sign a user in against the fake.
		 */
		CONFIGURED

	}

}
