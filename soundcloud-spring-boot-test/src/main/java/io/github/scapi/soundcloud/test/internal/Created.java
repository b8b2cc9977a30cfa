package io.github.scapi.soundcloud.test.internal;

import java.util.Map;

import io.github.scapi.soundcloud.test.CreatedResponse;

/**
 * The {@code 201 Created} answer to a create, shaped by the fake's {@link CreatedResponse}.
 */
final class Created {

	private Created() {
	}

	static ApiResponse response(CreatedResponse mode, Object body, String location) {
		return switch (mode) {
			case BODY_AND_LOCATION -> ApiResponse.json(201, body).withHeader("Location", location);
			case LOCATION_ONLY -> new ApiResponse(201, null, null, Map.of("Location", location));
			case BODY_ONLY -> ApiResponse.json(201, body);
		};
	}

}
