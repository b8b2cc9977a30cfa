package io.github.scapi.soundcloud.sample;

import io.github.scapi.soundcloud.test.SoundCloudFakeContextInitializer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A command-line tour of the starter: a search, a profile, and a walk through every track
 * of a user. With no {@code soundcloud.auth.*} or {@code soundcloud.api.base-url} set it
 * starts the embedded fake SoundCloud and runs against it.
 *
 * @author scapi contributors
 */
@SpringBootApplication
@EnableConfigurationProperties(SampleProperties.class)
public class SampleApplication {

	/**
	 * Run the tour and exit with its status.
	 * @param args command-line arguments, e.g. {@code --sample.track-query=techno}
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.addInitializers(new SoundCloudFakeContextInitializer());
		System.exit(SpringApplication.exit(application.run(args)));
	}

}
