package io.github.scapi.soundcloud.it;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The smallest application a user could write: auto-configuration only.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class FakeApplication {

}
