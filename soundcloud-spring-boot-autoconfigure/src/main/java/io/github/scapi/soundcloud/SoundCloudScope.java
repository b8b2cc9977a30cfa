package io.github.scapi.soundcloud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Typed access to any path of the API, for what has no repository method: legacy resources
 * such as groups, events and track permissions, or endpoints SoundCloud adds later. The
 * successor of scapi's {@code Scope}: a scope is a resource ({@code users/1001}), and
 * collections below it are listed, created in, changed and deleted with the same paging,
 * error, retry and redirect rules as the repositories.
 *
 * <pre class="code">
 * Slice&lt;Track&gt; tracks = connector.scope("users", "1001").list("tracks", Track.class, Pageable.unpaged());
 * Optional&lt;Group&gt; group = connector.scope("groups", "42").get(Group.class);
 * </pre>
 *
 * <p>With {@code soundcloud.api.collapse-scope=true} (the default, as in scapi) a nested
 * scope keeps only its innermost parent: {@code scope("users", "1").scope("tracks", "5")}
 * addresses {@code /tracks/5}; with {@code false} it addresses {@code /users/1/tracks/5}.
 * Paths are sent as URI templates ({@code /users/{id0}/tracks}) so that metrics stay
 * low-cardinality.
 *
 * @author scapi contributors
 */
public final class SoundCloudScope {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

	private static final Pattern VARIABLE = Pattern.compile("\\{id[0-9]+}");

	/**
	 * The writes of SoundCloud's specification that a scope can address. None takes the form
	 * {@link #send} writes without files: {@code true} for those that take
	 * {@code multipart/form-data}, {@code false} for those that take JSON only.
	 */
	private static final Map<String, Boolean> SPECIFIED_WRITES = Map.of("PUT /tracks/*", true,
			"PUT /playlists/*", false, "PUT /tracks/*/storefront", false, "POST /tracks/*/comments", false);

	private final SoundCloudConnector connector;

	private final List<String[]> segments;

	private final boolean collapse;

	SoundCloudScope(SoundCloudConnector connector, List<String[]> segments, boolean collapse) {
		this.connector = connector;
		this.segments = List.copyOf(segments);
		this.collapse = collapse;
	}

	/**
	 * Return the scope of a resource below this one.
	 * @param collection the collection's name, e.g. {@code tracks}
	 * @param id the resource's id or URN; surrounding whitespace is removed
	 * @return the nested scope
	 * @throws IllegalArgumentException if the collection is not a name, or the id is empty,
	 * {@code .} or {@code ..}
	 */
	public SoundCloudScope scope(String collection, String id) {
		checkName(collection);
		Assert.hasText(id, "'id' must not be empty");
		String stripped = id.strip();
		// escaping leaves dot segments as they are, and every URL resolver removes them:
		// scope("users", "..") would address the collection's parent, /users/../me is /me
		Assert.isTrue(!stripped.equals(".") && !stripped.equals(".."),
				"'id' must not be '.' or '..': a dot segment would address another resource than " + collection);
		// scapi's collapse: a resource is addressed by itself, not through its parents
		List<String[]> nested = new ArrayList<>(this.collapse ? List.of() : this.segments);
		nested.add(new String[] { collection, stripped });
		return new SoundCloudScope(this.connector, nested, this.collapse);
	}

	/**
	 * GET this scope's resource.
	 * @param <T> the type
	 * @param type the type to map it to
	 * @return the resource, or empty on 404
	 */
	public <T> Optional<T> get(Class<T> type) {
		Path path = path(null);
		return this.connector.find(path.template(), path.variables(), type);
	}

	/**
	 * GET one page of a collection below this scope.
	 * @param <T> the item type
	 * @param collection the collection, e.g. {@code tracks}
	 * @param type the item type
	 * @param pageable the page
	 * @return one page
	 */
	public <T> Slice<T> list(String collection, Class<T> type, Pageable pageable) {
		return list(collection, new LinkedMultiValueMap<>(), type, pageable);
	}

	/**
	 * GET one page of a collection below this scope, with filters.
	 * @param <T> the item type
	 * @param collection the collection
	 * @param query query parameters, e.g. {@code bpm[from]=180}
	 * @param type the item type
	 * @param pageable the page
	 * @return one page
	 */
	public <T> Slice<T> list(String collection, MultiValueMap<String, String> query, Class<T> type,
			Pageable pageable) {
		Path path = path(collection);
		return this.connector.slice(path.template(), path.variables(), query, type, pageable);
	}

	/**
	 * Walk a collection below this scope lazily.
	 * @param <T> the item type
	 * @param collection the collection
	 * @param query query parameters
	 * @param type the item type
	 * @return every item; close the stream to stop early
	 */
	public <T> Stream<T> stream(String collection, MultiValueMap<String, String> query, Class<T> type) {
		Path path = path(collection);
		return this.connector.stream(path.template(), path.variables(), query, type);
	}

	/**
	 * Send a Rails-style form (multipart when a field is a file) to this scope or a
	 * collection below it: scapi's {@code create}, {@code append} and attribute assignment,
	 * for the legacy resources that take forms ({@code PUT /users/{id}},
	 * {@code PUT /tracks/{id}/permissions}).
	 * @param <T> the result type
	 * @param method {@code POST}, {@code PUT} or {@code DELETE}
	 * @param collection the collection below this scope, or {@code null} for the scope itself
	 * @param root the form's root name, e.g. {@code track} for {@code track[title]}
	 * @param fields the fields, nested as maps and lists
	 * @param type the type of the answer ({@code Void} to ignore it)
	 * @return the answer; empty when the API gave none
	 * @throws IllegalArgumentException before any request, for a write of the specification
	 * that does not take the body: {@code PUT /tracks/{track_urn}} takes JSON or multipart
	 * (a form only when a field is a file), {@code PUT /playlists/{playlist_urn}}, a track's
	 * storefront and comments take JSON only; their repository methods send that
	 */
	public <T> Optional<T> send(HttpMethod method, @Nullable String collection, String root, Map<String, ?> fields,
			Class<T> type) {
		SoundCloudRequestBody body = RailsForm.body(root, fields);
		Path path = path(collection);
		String operation = method.name() + " " + VARIABLE.matcher(path.template()).replaceAll("*");
		Boolean multipart = SPECIFIED_WRITES.get(operation);
		if (multipart != null && !(multipart && body instanceof SoundCloudRequestBody.Multipart)) {
			// SoundCloud would refuse the form, or read none of its fields
			throw new IllegalArgumentException(method.name() + " " + describe(collection) + " takes " + (multipart ? "JSON, or multipart with a file," : "JSON")
					+ " not the form send() writes: use the repository method (TrackRepository.update,"
					+ " PlaylistRepository.update, TrackRepository.updateStorefront, CommentRepository.create)");
		}
		return this.connector.exchange(method, path.template(), path.variables(), new LinkedMultiValueMap<>(), body,
				type);
	}

	/**
	 * DELETE this scope's resource, or a collection member below it.
	 * @param collection the collection below this scope, or {@code null} for the scope itself
	 */
	public void delete(@Nullable String collection) {
		Path path = path(collection);
		this.connector.exchange(HttpMethod.DELETE, path.template(), path.variables(), new LinkedMultiValueMap<>(),
				null, Void.class);
	}

	/**
	 * Return the path this scope addresses, e.g. {@code /users/1001/tracks}.
	 * @param collection a collection below the scope, or {@code null}
	 * @return the path, unencoded
	 */
	public String describe(@Nullable String collection) {
		Path path = path(collection);
		String described = path.template();
		for (Map.Entry<String, String> variable : path.variables().entrySet()) {
			described = described.replace("{" + variable.getKey() + "}", variable.getValue());
		}
		return described;
	}

	private Path path(@Nullable String collection) {
		StringBuilder template = new StringBuilder();
		Map<String, String> variables = new LinkedHashMap<>();
		for (String[] segment : this.segments) {
			String name = "id" + variables.size();
			template.append('/').append(segment[0]).append("/{").append(name).append('}');
			variables.put(name, segment[1]);
		}
		if (collection != null) {
			checkName(collection);
			template.append('/').append(collection);
		}
		Assert.state(template.length() > 0, "The root scope has no resource of its own; name a collection");
		return new Path(template.toString(), variables);
	}

	private static void checkName(String collection) {
		Assert.isTrue(collection != null && NAME.matcher(collection).matches(),
				() -> "'" + collection + "' is not a collection name (letters, digits, '_' and '-')");
	}

	private record Path(String template, Map<String, String> variables) {
	}

}
