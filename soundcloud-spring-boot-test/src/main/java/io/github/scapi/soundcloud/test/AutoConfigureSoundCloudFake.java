package io.github.scapi.soundcloud.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a {@link SoundCloudFake} for the test's application context and points the
 * SoundCloud starter at it.
 * <p>
 * The fake is added to the context as a bean (inject it with {@code @Autowired SoundCloudFake})
 * and a property source with the highest precedence sets
 * {@code soundcloud.api.base-url} to the fake's base URL and, unless
 * {@link #authenticated()} is {@code false}, {@code soundcloud.auth.token.value} to its
 * static access token. The fake lives as long as the context: contexts cached by the Spring
 * TestContext framework share it, and it stops when the context closes.
 * <p>
 * Works on nested test classes too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureSoundCloudFake {

	/**
	 * Whether to set {@code soundcloud.auth.token.value} to the fake's access token.
	 * Without it, the starter runs with whatever authentication the test configures.
	 * @return whether to configure the static token
	 */
	boolean authenticated() default true;

}
