package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.BasicAuthenticator;
import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.auth.oauth2.OAuth2Authenticator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code soundcloud.auth.*} chooses the authenticator, and how it fails.
 */
class AuthenticationAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class));

	@Test
	void infersBasicFromUserNameAndPassword() {
		this.contextRunner
			.withPropertyValues("soundcloud.auth.basic.username=ann", "soundcloud.auth.basic.password=pa55")
			.run((context) -> {
				SoundCloudAuthenticator authenticator = context.getBean(SoundCloudAuthenticator.class);
				assertThat(authenticator).isInstanceOf(BasicAuthenticator.class);
				assertThat(authenticator.toString()).doesNotContain("pa55");
			});
	}

	@Test
	void namesTheMissingBasicPassword() {
		assertFailure(this.contextRunner.withPropertyValues("soundcloud.auth.basic.username=ann"),
				"soundcloud.auth.basic.password");
	}

	@Test
	void refusesToGuessBetweenTwoKindsOfCredentials() {
		this.contextRunner
			.withPropertyValues("soundcloud.auth.token.value=t0k", "soundcloud.auth.basic.username=ann",
					"soundcloud.auth.basic.password=pa55")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'soundcloud.auth.type' is not set")
					.contains("token (soundcloud.auth.token.*)")
					.contains("basic (soundcloud.auth.basic.*)")
					.doesNotContain("t0k")
					.doesNotContain("pa55");
			});
	}

	@Test
	void refusesCredentialsOfAnotherKindThanTheType() {
		this.contextRunner.withPropertyValues("soundcloud.auth.type=basic", "soundcloud.auth.token.value=t0k")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("'soundcloud.auth.type' is 'basic' but credentials for 'token' are set"));
	}

	@Test
	void namesMissingOAuth1ConsumerSecretAndUnpairedToken() {
		assertFailure(this.contextRunner.withPropertyValues("soundcloud.auth.oauth1.consumer-key=ck"),
				"soundcloud.auth.oauth1.consumer-secret");
		assertFailure(this.contextRunner.withPropertyValues("soundcloud.auth.oauth1.consumer-key=ck",
				"soundcloud.auth.oauth1.consumer-secret=cs", "soundcloud.auth.oauth1.token=t"),
				"soundcloud.auth.oauth1.token-secret");
	}

	@Test
	void buildsAnOAuth2ClientFromProperties() {
		this.contextRunner
			.withPropertyValues("soundcloud.auth.oauth2.client-id=id", "soundcloud.auth.oauth2.client-secret=s3cr3t")
			.run((context) -> {
				SoundCloudAuthenticator authenticator = context.getBean(SoundCloudAuthenticator.class);
				assertThat(authenticator).isInstanceOf(OAuth2Authenticator.class);
				assertThat(authenticator.type()).isEqualTo(SoundCloudAuthType.OAUTH2);
				assertThat(authenticator.toString()).doesNotContain("s3cr3t");
				assertThat(context.getBean(SoundCloudConnector.class).getAuthenticator()).isSameAs(authenticator);
			});
	}

	@Test
	void namesWhatTheOAuth2GrantNeeds() {
		assertFailure(this.contextRunner.withPropertyValues("soundcloud.auth.oauth2.client-id=id"),
				"soundcloud.auth.oauth2.client-secret");
		assertFailure(this.contextRunner.withPropertyValues("soundcloud.auth.oauth2.client-secret=s"),
				"soundcloud.auth.oauth2.client-id");
		assertFailure(this.contextRunner.withPropertyValues("soundcloud.auth.oauth2.client-id=id",
				"soundcloud.auth.oauth2.grant-type=authorization_code"), "soundcloud.auth.oauth2.refresh-token");
	}

	@Test
	void namesARegistrationIdThatDoesNotExist() {
		assertFailure(this.contextRunner.withPropertyValues("soundcloud.auth.oauth2.registration-id=missing"),
				"soundcloud.auth.oauth2.registration-id");
	}

	@Test
	void explainsThatOAuth2NeedsSpringSecurity() {
		assertFailure(this.contextRunner.withClassLoader(new FilteredClassLoader(OAuth2AuthorizedClientManager.class))
			.withPropertyValues("soundcloud.auth.oauth2.client-id=id", "soundcloud.auth.oauth2.client-secret=s"),
				"soundcloud.auth.type", "spring-security-oauth2-client");
	}

	@Test
	void keepsTheUsersAuthenticatorEvenWhenOAuth2IsConfigured() {
		this.contextRunner
			.withBean("mine", SoundCloudAuthenticator.class, () -> SoundCloudAuthenticator.ANONYMOUS)
			.withPropertyValues("soundcloud.auth.oauth2.client-id=id", "soundcloud.auth.oauth2.client-secret=s")
			.run((context) -> assertThat(context.getBean(SoundCloudAuthenticator.class))
				.isSameAs(SoundCloudAuthenticator.ANONYMOUS));
	}

	private static void assertFailure(ApplicationContextRunner runner, String property, String... more) {
		runner.run((context) -> {
			FailureAnalysis analysis = analysis(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'" + property + "'");
			for (String text : more) {
				assertThat(analysis.getDescription() + analysis.getAction()).contains(text);
			}
			assertThat(analysis.getAction()).contains(property);
		});
	}

	private static FailureAnalysis analysis(Throwable failure) {
		assertThat(failure).as("startup failure").isNotNull();
		FailureAnalysis analysis = new SoundCloudPropertyFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		return analysis;
	}

}
