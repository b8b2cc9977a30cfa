package io.github.scapi.soundcloud.autoconfigure;

import java.net.URI;
import java.time.Duration;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.SoundCloudUserRepository;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.UserRepository;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class SoundCloudAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				SoundCloudAutoConfiguration.class));

	@Test
	void providesConnectorAuthenticatorAndRepositoriesWithDefaults() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SoundCloudConnector.class)
				.hasSingleBean(SoundCloudAuthenticator.class)
				.hasSingleBean(TrackRepository.class)
				.hasSingleBean(UserRepository.class);
			assertThat(context.getBean(TrackRepository.class)).isInstanceOf(SoundCloudTrackRepository.class);
			assertThat(context.getBean(UserRepository.class)).isInstanceOf(SoundCloudUserRepository.class);
			SoundCloudConnector connector = context.getBean(SoundCloudConnector.class);
			assertThat(connector.getBaseUrl()).isEqualTo(URI.create("https://api.soundcloud.com"));
			assertThat(connector.getPageSize()).isEqualTo(50);
			assertThat(connector.getAuthenticator()).isSameAs(SoundCloudAuthenticator.ANONYMOUS);
		});
	}

	@Test
	void worksWithoutBootsRestClientAutoConfiguration() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class))
			.run((context) -> assertThat(context).hasSingleBean(SoundCloudConnector.class));
	}

	@Test
	void bindsApiProperties() {
		this.contextRunner
			.withPropertyValues("soundcloud.api.base-url=https://sc.example.com/base/", "soundcloud.api.page-size=200")
			.run((context) -> {
				SoundCloudConnector connector = context.getBean(SoundCloudConnector.class);
				assertThat(connector.getBaseUrl()).isEqualTo(URI.create("https://sc.example.com/base"));
				assertThat(connector.getPageSize()).isEqualTo(200);
			});
	}

	@Test
	void infersTokenAuthenticationFromTheToken() {
		this.contextRunner.withPropertyValues("soundcloud.auth.token.value=abc123").run((context) -> {
			SoundCloudAuthenticator authenticator = context.getBean(SoundCloudAuthenticator.class);
			assertThat(authenticator).isInstanceOf(StaticTokenAuthenticator.class);
			assertThat(authenticator.type()).isEqualTo(SoundCloudAuthType.TOKEN);
		});
	}

	@Test
	void treatsABlankTokenAsAbsent() {
		this.contextRunner.withPropertyValues("soundcloud.auth.token.value= ")
			.run((context) -> assertThat(context.getBean(SoundCloudAuthenticator.class).type())
				.isEqualTo(SoundCloudAuthType.NONE));
	}

	@Test
	void failsWhenTokenTypeHasNoToken() {
		this.contextRunner.withPropertyValues("soundcloud.auth.type=token")
			.run((context) -> assertThat(analyze(context.getStartupFailure()))
				.satisfies((analysis) -> {
					assertThat(analysis.getDescription()).contains("'soundcloud.auth.token.value' is required");
					assertThat(analysis.getAction()).contains("soundcloud.auth.token.value");
				}));
	}

	@Test
	void failsWhenTypeNoneContradictsAToken() {
		this.contextRunner.withPropertyValues("soundcloud.auth.type=none", "soundcloud.auth.token.value=s3cr3t")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'soundcloud.auth.type'");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cr3t");
			});
	}

	@Test
	void failsOnATokenWithASchemeWithoutEchoingIt() {
		this.contextRunner.withPropertyValues("soundcloud.auth.token.value=Bearer s3cr3t").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'soundcloud.auth.token.value'");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cr3t");
		});
	}

	@Test
	void failsOnAnUnknownAuthTypeNamingTheProperty() {
		this.contextRunner.withPropertyValues("soundcloud.auth.type=kerberos")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("kerberos"));
		this.contextRunner.withPropertyValues("soundcloud.auth.type=kerberos")
			.run((context) -> assertThat(context.getStartupFailure()).hasStackTraceContaining("soundcloud.auth.type"));
	}

	@Test
	void failsOnPageSizeOutOfRangeNamingTheProperty() {
		for (String size : new String[] { "0", "201", "-5" }) {
			this.contextRunner.withPropertyValues("soundcloud.api.page-size=" + size).run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'soundcloud.api.page-size'");
				assertThat(analysis.getAction()).contains("1 to 200");
			});
		}
	}

	@Test
	void failsOnBadBaseUrlNamingTheProperty() {
		for (String url : new String[] { "ftp://api.soundcloud.com", "not a url", "/relative",
				"https://user:pw@api.soundcloud.com", "https://api.soundcloud.com?x=1" }) {
			this.contextRunner.withPropertyValues("soundcloud.api.base-url=" + url).run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'soundcloud.api.base-url'");
				assertThat(analysis.getDescription()).doesNotContain("pw@");
			});
		}
	}

	@Test
	void backsOffWhenUserDefinesConnector() {
		this.contextRunner.withUserConfiguration(UserConnectorConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(SoundCloudConnector.class);
			assertThat(context.getBean(SoundCloudConnector.class))
				.isSameAs(context.getBean(UserConnectorConfiguration.class).connector);
			assertThat(context.getBean(SoundCloudTrackRepository.class)).isNotNull();
		});
	}

	@Test
	void backsOffWhenUserDefinesAuthenticatorAndUsesIt() {
		this.contextRunner.withUserConfiguration(UserAuthenticatorConfiguration.class)
			.withPropertyValues("soundcloud.auth.token.value=ignored")
			.run((context) -> {
				assertThat(context).hasSingleBean(SoundCloudAuthenticator.class);
				assertThat(context.getBean(SoundCloudConnector.class).getAuthenticator())
					.isSameAs(UserAuthenticatorConfiguration.AUTHENTICATOR);
			});
	}

	@Test
	void backsOffWhenUserDefinesRepositories() {
		this.contextRunner.withUserConfiguration(UserRepositoriesConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(TrackRepository.class).hasSingleBean(UserRepository.class);
			assertThat(context).doesNotHaveBean(SoundCloudTrackRepository.class)
				.doesNotHaveBean(SoundCloudUserRepository.class);
		});
	}

	@Test
	void backsOffWithoutSpringData() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Slice.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SoundCloudConnector.class));
	}

	@Test
	void neverLetsTheTransportFollowRedirectsAndAppliesOurTimeouts() {
		SoundCloudProperties.Http http = new SoundCloudProperties.Http();
		http.setReadTimeout(Duration.ofSeconds(7));
		HttpClientSettings boot = HttpClientSettings.defaults()
			.withRedirects(HttpRedirects.FOLLOW)
			.withConnectTimeout(Duration.ofSeconds(3));
		HttpClientSettings settings = SoundCloudHttpTransport.settings(http, boot);
		assertThat(settings.redirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
		assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void appliesSoundCloudRestClientCustomizersInOrderForTheFirstRequest() {
		java.util.List<String> applied = new java.util.concurrent.CopyOnWriteArrayList<>();
		this.contextRunner
			.withPropertyValues("soundcloud.api.base-url=http://127.0.0.1:9", "soundcloud.retry.max-attempts=1")
			.withBean("second", SoundCloudRestClientCustomizer.class, () -> new OrderedCustomizer(2, "second", applied))
			.withBean("first", SoundCloudRestClientCustomizer.class, () -> new OrderedCustomizer(1, "first", applied))
			.run((context) -> {
				SoundCloudConnector connector = context.getBean(SoundCloudConnector.class);
				// the RestClient, and with it Boot's HTTP client, is made for the first request
				assertThat(applied).isEmpty();
				org.assertj.core.api.Assertions
					.assertThatExceptionOfType(io.github.scapi.soundcloud.SoundCloudTransportException.class)
					.isThrownBy(() -> connector.get("/me", java.util.Map.of(), io.github.scapi.soundcloud.model.User.class));
				assertThat(applied).containsExactly("first", "second");
			});
	}

	record OrderedCustomizer(int order, String name, java.util.List<String> applied)
			implements SoundCloudRestClientCustomizer, org.springframework.core.Ordered {

		@Override
		public void customize(org.springframework.web.client.RestClient.Builder restClientBuilder) {
			this.applied.add(this.name);
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

	private static FailureAnalysis analyze(Throwable failure) {
		Throwable cause = failure;
		while (cause != null && !(cause instanceof InvalidSoundCloudPropertyException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("cause of %s", failure).isInstanceOf(InvalidSoundCloudPropertyException.class);
		FailureAnalysis analysis = new SoundCloudPropertyFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		return analysis;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserConnectorConfiguration {

		final SoundCloudConnector connector = SoundCloudConnector.builder().baseUrl("https://example.com").build();

		@Bean
		SoundCloudConnector myConnector() {
			return this.connector;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserAuthenticatorConfiguration {

		static final SoundCloudAuthenticator AUTHENTICATOR = new StaticTokenAuthenticator("from-user-bean");

		@Bean
		SoundCloudAuthenticator myAuthenticator() {
			return AUTHENTICATOR;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserRepositoriesConfiguration {

		@Bean
		TrackRepository myTracks() {
			return mock(TrackRepository.class);
		}

		@Bean
		UserRepository myUsers() {
			return mock(UserRepository.class);
		}

	}

}
