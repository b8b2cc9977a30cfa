package io.github.scapi.soundcloud.scenarios;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * What a user's application is: auto-configuration only.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ScenarioApplication {

}
