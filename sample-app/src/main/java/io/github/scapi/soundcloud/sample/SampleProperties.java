package io.github.scapi.soundcloud.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the sample looks for.
 *
 * @param trackQuery text to search tracks for
 * @param userQuery text to pick users by; the one with the most tracks is walked
 * @author scapi contributors
 */
@ConfigurationProperties("sample")
public record SampleProperties(String trackQuery, String userQuery) {

}
