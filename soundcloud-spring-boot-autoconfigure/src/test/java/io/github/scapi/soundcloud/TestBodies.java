package io.github.scapi.soundcloud;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Request bodies for the policy tables: {@code repeatable} (JSON), {@code once} (an upload
 * from an open stream, which can be read once only) or none.
 */
final class TestBodies {

	private TestBodies() {
	}

	static @Nullable SoundCloudRequestBody of(@Nullable String kind) {
		if (kind == null) {
			return null;
		}
		if (kind.equals("repeatable")) {
			return SoundCloudRequestBody.json(Map.of("title", "x"));
		}
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("track[asset_data]", new InputStreamResource(new ByteArrayInputStream(new byte[] { 1, 2, 3 })));
		return SoundCloudRequestBody.multipart(parts);
	}

}
