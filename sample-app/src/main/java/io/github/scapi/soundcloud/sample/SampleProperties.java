package io.github.scapi.soundcloud.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the sample looks for.
 *
 * @param trackQuery text to search tracks for
 * @param userQuery text to pick users by; the one with the most tracks is walked
 * @param writeDemo whether to create, rename and delete a playlist
 * @author scapi contributors
 */
@ConfigurationProperties("sample")
public record SampleProperties(String trackQuery, String userQuery, boolean writeDemo) {

}
