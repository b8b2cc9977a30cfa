package io.github.scapi.soundcloud.it;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application with auto-configuration only, whose HTTP transport is guarded by a
 * {@link HostGuard}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ConnectionDetailsApplication {

	@Bean
	HostGuard hostGuard() {
		return new HostGuard();
	}

}
