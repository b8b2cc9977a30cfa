package io.github.scapi.soundcloud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;

/**
 * Which of the list protocol's three parameters ({@code limit}, {@code linked_partitioning}
 * and the deprecated {@code offset}) each list operation of SoundCloud's OpenAPI
 * specification defines. The connector sends a list only the ones its operation defines,
 * because SoundCloud ignores the others: a {@code limit} it ignores gives pages of another
 * size, and an {@code offset} it ignores gives the first page again, silently (decision
 * 0011).
 *
 * <p>A list the specification does not describe (a legacy resource reached through
 * {@link SoundCloudScope}, or an endpoint SoundCloud adds later) gets all three, SoundCloud's
 * general protocol as its developer guide describes it.
 */
final class ListParameters {

	/** What a list the specification does not describe is sent. */
	private static final ListParameters GENERAL = new ListParameters(null, true, true, true);

	/** The specification's list operations, by path pattern ({@code *} for a variable). */
	private static final Map<String, ListParameters> OPERATIONS = new LinkedHashMap<>();

	static {
		// paths of the specification, in its order; "l" limit, "p" linked_partitioning, "o" offset
		define("lp", "/me/likes/tracks", "/me/likes/playlists", "/me/playlists", "/me/tracks",
				"/me/reposts/tracks", "/me/reposts/playlists");
		// Activities: always {collection, next_href, future_href}
		define("l", "/me/activities", "/me/activities/all/own", "/me/activities/tracks", "/me/feed",
				"/me/feed/tracks");
		// Users: always {collection, next_href}
		define("lo", "/me/followings");
		// TracksList: a bare array, continued by offset
		define("lo", "/me/followings/tracks");
		define("l", "/me/followers");
		define("lop", "/tracks", "/playlists", "/users");
		// no limit: SoundCloud chooses the page size
		define("p", "/playlists/*/tracks");
		define("l", "/playlists/*/reposters", "/tracks/*/reposters", "/users/*/followers", "/users/*/followings");
		define("lop", "/tracks/*/comments", "/tracks/*/related", "/users/*/related");
		define("lp", "/tracks/*/favoriters", "/users/*/favorites", "/users/*/playlists", "/users/*/tracks",
				"/users/*/likes/tracks", "/users/*/likes/playlists", "/users/*/reposts/tracks",
				"/users/*/reposts/playlists");
		// not paged by the connector: it reads the whole array
		define("l", "/users/*/web-profiles");
		define("", "/me/recently-played/tracks");
	}

	private final @Nullable String operation;

	private final String[] pattern;

	private final boolean limit;

	private final boolean linkedPartitioning;

	private final boolean offset;

	private ListParameters(@Nullable String operation, boolean limit, boolean linkedPartitioning, boolean offset) {
		this.operation = operation;
		this.pattern = (operation != null) ? segments(operation.substring("GET ".length())) : new String[0];
		this.limit = limit;
		this.linkedPartitioning = linkedPartitioning;
		this.offset = offset;
	}

	private static void define(String parameters, String... paths) {
		for (String path : paths) {
			OPERATIONS.put(path, new ListParameters("GET " + path, parameters.contains("l"), parameters.contains("p"),
					parameters.contains("o")));
		}
	}

	/**
	 * Return what the list at a path template takes. A variable ({@code {user_urn}}, or a
	 * scope's {@code {id0}}) matches a variable of the specification's path, and so does a
	 * literal segment ({@code /users/1001/tracks} is {@code /users/{user_urn}/tracks}).
	 * @param pathTemplate the connector's path template, below the base URL
	 * @return the list's parameters
	 */
	static ListParameters of(String pathTemplate) {
		String[] segments = segments(pathTemplate);
		ListParameters exact = OPERATIONS.get(String.join("/", segments));
		if (exact != null) {
			return exact;
		}
		for (ListParameters operation : OPERATIONS.values()) {
			if (matches(operation.pattern, segments)) {
				return operation;
			}
		}
		return GENERAL;
	}

	private static String[] segments(String path) {
		String[] segments = path.split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			if (segments[i].startsWith("{") && segments[i].endsWith("}")) {
				segments[i] = "*";
			}
		}
		return segments;
	}

	/**
	 * A pattern's variable matches any segment; a variable of the template matches only a
	 * variable, because its value could be anything ({@code /me/{x}} is not {@code /me/feed}).
	 */
	private static boolean matches(String[] pattern, String[] segments) {
		if (pattern.length != segments.length) {
			return false;
		}
		for (int i = 0; i < pattern.length; i++) {
			if (!pattern[i].equals("*") && !pattern[i].equals(segments[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Return the parameters a list operation takes, for tests: the specification's paths
	 * with {@code *} for variables.
	 */
	static Map<String, List<String>> operations() {
		Map<String, List<String>> operations = new LinkedHashMap<>();
		OPERATIONS.forEach((path, parameters) -> operations.put(path, parameters.names()));
		return operations;
	}

	private List<String> names() {
		List<String> names = new ArrayList<>();
		if (this.limit) {
			names.add("limit");
		}
		if (this.linkedPartitioning) {
			names.add("linked_partitioning");
		}
		if (this.offset) {
			names.add("offset");
		}
		return names;
	}

	/**
	 * Return whether the operation takes {@code limit}: without it SoundCloud chooses the
	 * page size, and the pageable's size is not sent.
	 */
	boolean limit() {
		return this.limit;
	}

	/**
	 * Return whether the operation takes {@code linked_partitioning}. Those that do not
	 * answer in one shape whatever is sent: {@code {collection, next_href}}, or a bare array.
	 */
	boolean linkedPartitioning() {
		return this.linkedPartitioning;
	}

	/**
	 * Return whether the operation takes the deprecated {@code offset}, which a page asked
	 * for by number needs.
	 */
	boolean offset() {
		return this.offset;
	}

	/**
	 * Refuse a page asked for by number (a {@code PageRequest} past the first page) when the
	 * operation has no {@code offset}: SoundCloud would ignore the parameter and answer the
	 * first page again, a wrong result that looks right.
	 * @param pageable a pageable without a cursor
	 * @param pathTemplate the list's path template, for the message
	 * @throws IllegalArgumentException if the page cannot be asked for
	 */
	void checkPageNumber(Pageable pageable, String pathTemplate) {
		if (pageable.getPageNumber() > 0 && !this.offset) {
			throw new IllegalArgumentException("GET " + pathTemplate + " cannot be read at page " + pageable.getPageNumber()
					+ ": SoundCloud's operation has no offset parameter, so it would answer the first page again."
					+ " Start at page 0 and pass slice.nextPageable() back for each next page (or a saved"
					+ " SoundCloudCursor), or walk the whole list with a stream or SoundCloudWalk");
		}
	}

	@Override
	public String toString() {
		return ((this.operation != null) ? this.operation : "a list outside the specification") + " " + names();
	}

}
