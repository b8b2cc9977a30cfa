package io.github.scapi.soundcloud.test;

/**
 * How the fake answers a request that creates a resource (a track, a playlist, a comment,
 * a following): always {@code 201 Created}, with a {@code Location} header that holds the
 * new resource's API URL, a JSON body, or both.
 *
 * @see SoundCloudFake.Builder#createdResponses(CreatedResponse)
 * @see SoundCloudFake#createdResponses(CreatedResponse)
 */
public enum CreatedResponse {

	/**
	 * {@code Location} and the resource as the JSON body, as SoundCloud answers; the default.
	 */
	BODY_AND_LOCATION,

	/**
	 * {@code Location} and an empty body: the client has to {@code GET} the location to see
	 * what it created.
	 */
	LOCATION_ONLY,

	/**
	 * The JSON body without a {@code Location} header.
	 */
	BODY_ONLY

}
