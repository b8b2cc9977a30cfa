package io.github.scapi.soundcloud.repository;

import java.util.Map;
import java.util.Optional;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.UnexpectedResponseException;
import io.github.scapi.soundcloud.model.Comment;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.SoundCloudResource;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Turns soundcloud.com links into API resources ({@code GET /resolve?url=}): the API
 * answers with a redirect to the resource, which the connector follows, and the answer's
 * {@code kind} decides the type.
 *
 * <pre class="code">
 * resolver.resolve("https://soundcloud.com/endless-loops/night-bus", Track.class).ifPresent(...);
 * </pre>
 *
 * @author scapi contributors
 */
public final class SoundCloudResolver extends RepositorySupport {

	/**
	 * Create a resolver.
	 * @param connector the connector that sends the requests
	 */
	public SoundCloudResolver(SoundCloudConnector connector) {
		super(connector);
	}

	/**
	 * Resolve a link to whatever it names.
	 * @param soundCloudUrl a link such as {@code https://soundcloud.com/user/track}
	 * @return the track, user, playlist or comment, or empty if the link names nothing
	 */
	@SoundCloudOperation(method = "GET", path = "/resolve")
	public Optional<SoundCloudResource> resolve(String soundCloudUrl) {
		Assert.hasText(soundCloudUrl, "'soundCloudUrl' must not be empty");
		Assert.isTrue(soundCloudUrl.startsWith("https://") || soundCloudUrl.startsWith("http://"),
				"'soundCloudUrl' must be an http(s) link");
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("url", soundCloudUrl);
		return connector().find("/resolve", Map.of(), query, JsonNode.class).map(this::toResource);
	}

	/**
	 * Resolve a link that should name a resource of a given type.
	 * @param <T> the type
	 * @param soundCloudUrl the link
	 * @param type {@code Track}, {@code User}, {@code Playlist} or {@code Comment}
	 * @return the resource, or empty if the link names nothing or something of another type
	 */
	public <T extends SoundCloudResource> Optional<T> resolve(String soundCloudUrl, Class<T> type) {
		return resolve(soundCloudUrl).filter(type::isInstance).map(type::cast);
	}

	private SoundCloudResource toResource(JsonNode json) {
		String kind = json.path("kind").asString("");
		Class<? extends SoundCloudResource> type = switch (kind) {
			case "track" -> Track.class;
			case "user" -> User.class;
			case "playlist", "system-playlist" -> Playlist.class;
			case "comment" -> Comment.class;
			default -> throw new UnexpectedResponseException(200, HttpMethod.GET, null, java.util.List.of(),
					"the link resolved to an unknown kind of resource: '" + kind + "'", null);
		};
		return connector().convert(json, type);
	}

}
