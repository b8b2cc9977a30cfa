package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * JSON of users: the full {@code User} schema, the smaller user nested in tracks and
 * comments, and {@code Me}. Fields not kept in {@link FakeUser} are derived from the user's
 * id, so a user looks the same in every response, unless the legacy user update changed
 * them; counters come from the store.
 */
final class UserJson {

	private UserJson() {
	}

	static Map<String, @Nullable Object> full(FakeUser user, Counters counters, Map<String, @Nullable Object> fields,
			String apiBase) {
		Details details = Details.of(user);
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("avatar_url", details.avatarUrl());
		json.put("city", details.city());
		json.put("country", details.country());
		json.put("created_at", LegacyDates.format(details.createdAt()));
		json.put("description", details.description());
		json.put("discogs_name", null);
		json.put("first_name", firstName(user));
		json.put("followers_count", user.followersCount());
		json.put("followings_count", user.followingsCount());
		json.put("full_name", user.fullName());
		json.put("id", user.id());
		json.put("kind", "user");
		json.put("last_modified", LegacyDates.format(details.lastModified()));
		json.put("last_name", lastName(user));
		json.put("permalink", user.permalink());
		json.put("permalink_url", "https://soundcloud.com/" + user.permalink());
		json.put("plan", details.plan());
		json.put("playlist_count", counters.playlists());
		json.put("public_favorites_count", counters.likedTracks());
		json.put("reposts_count", counters.reposts());
		json.put("subscriptions", details.plan().equals("Free") ? List.of() : List.of(Map.of("product",
				Map.of("id", "creator-" + TextGenerator.slug(details.plan()), "name", details.plan()), "recurring",
				true)));
		json.put("track_count", user.trackCount());
		json.put("uri", apiBase + "/users/" + user.urn());
		json.put("urn", user.urn());
		json.put("username", user.username());
		json.put("website", details.website());
		json.put("website_title", (details.website() != null) ? user.username() + " online" : null);
		json.putAll(fields);
		return json;
	}

	/**
	 * The user embedded in a track or comment.
	 */
	static Map<String, @Nullable Object> mini(FakeUser user, Counters counters, String apiBase) {
		Details details = Details.of(user);
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("avatar_url", details.avatarUrl());
		json.put("followers_count", user.followersCount());
		json.put("followings_count", user.followingsCount());
		json.put("id", user.id());
		json.put("kind", "user");
		json.put("last_modified", LegacyDates.format(details.lastModified()));
		json.put("permalink", user.permalink());
		json.put("permalink_url", "https://soundcloud.com/" + user.permalink());
		json.put("reposts_count", counters.reposts());
		json.put("uri", apiBase + "/users/" + user.urn());
		json.put("urn", user.urn());
		json.put("username", user.username());
		return json;
	}

	static Map<String, @Nullable Object> me(FakeUser user, Counters counters, Map<String, @Nullable Object> fields,
			long uploadedMillis, String apiBase) {
		Details details = Details.of(user);
		boolean unlimited = !details.plan().equals("Free");
		int used = (int) (uploadedMillis / 1000);
		Integer left = unlimited ? null : Math.max(0, 3 * 3600 - used);
		Map<String, Object> quota = new LinkedHashMap<>();
		quota.put("unlimited_upload_quota", unlimited);
		quota.put("upload_seconds_used", used);
		quota.put("upload_seconds_left", left);
		Map<String, @Nullable Object> json = full(user, counters, fields, apiBase);
		json.put("comments_count", 0);
		json.put("likes_count", counters.likedTracks() + counters.likedPlaylists());
		json.put("locale", null);
		json.put("online", false);
		json.put("primary_email_confirmed", true);
		json.put("private_playlists_count", counters.privatePlaylists());
		json.put("private_tracks_count", counters.privateTracks());
		json.put("quota", quota);
		json.put("upload_seconds_left", left);
		return json;
	}

	private static String firstName(FakeUser user) {
		int space = user.fullName().indexOf(' ');
		return (space < 0) ? user.fullName() : user.fullName().substring(0, space);
	}

	private static String lastName(FakeUser user) {
		int space = user.fullName().indexOf(' ');
		return (space < 0) ? "" : user.fullName().substring(space + 1);
	}

	/**
	 * What the store knows about a user.
	 *
	 * @param playlists its public playlists
	 * @param privatePlaylists its private playlists
	 * @param privateTracks its private tracks
	 * @param likedTracks the tracks it liked
	 * @param likedPlaylists the playlists it liked
	 * @param reposts its reposts of tracks and playlists
	 */
	record Counters(int playlists, int privatePlaylists, int privateTracks, int likedTracks, int likedPlaylists,
			int reposts) {

	}

	private record Details(String avatarUrl, String city, String country, Instant createdAt, Instant lastModified,
			@Nullable String description, String plan, int favorites, int reposts, @Nullable String website) {

		static Details of(FakeUser user) {
			Random random = new Random(user.id());
			String[] place = Words.CITIES.get(random.nextInt(Words.CITIES.size())).split("\\|");
			Instant created = Instant.parse("2008-06-01T00:00:00Z").plusSeconds(random.nextInt(180_000_000));
			Instant modified = created.plusSeconds(random.nextInt(300_000_000));
			String description = (random.nextInt(4) == 0) ? null : Words.BIOS.get(random.nextInt(Words.BIOS.size()));
			String plan = Words.PLANS.get(random.nextInt(Words.PLANS.size()));
			String website = (random.nextInt(3) == 0) ? "https://" + user.permalink() + ".example.com" : null;
			String avatar = "https://i1.sndcdn.com/avatars-" + Long.toHexString(user.id() * 7919) + "-large.jpg";
			return new Details(avatar, place[0], place[1], created, modified, description, plan, random.nextInt(500),
					random.nextInt(80), website);
		}

	}

}
