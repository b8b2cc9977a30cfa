package io.github.scapi.soundcloud.test.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * JSON of the {@code Track} schema. Fields not kept in {@link FakeTrack} are derived from
 * the track's id, then replaced by what writes set; counters come from the store; links to
 * the API lead back to the fake.
 */
final class TrackJson {

	private TrackJson() {
	}

	static Map<String, @Nullable Object> of(TrackRow row, FakeUser owner, Map<String, @Nullable Object> ownerJson,
			String apiBase, Counters counters) {
		FakeTrack track = row.track();
		Random random = new Random(track.id());
		long derivedPlays = (long) (Math.pow(random.nextDouble(), 3) * 2_000_000);
		long plays = row.generated() ? derivedPlays : 0;
		boolean generatedDownloadable = random.nextInt(10) == 0;
		boolean downloadable = isDownloadable(row);
		boolean released = random.nextBoolean();
		LocalDate day = LocalDate.ofInstant(track.createdAt(), ZoneOffset.UTC);
		String apiUri = apiBase + "/tracks/" + track.urn();
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("access", track.access());
		json.put("artwork_url", (random.nextInt(5) == 0) ? null
				: "https://i1.sndcdn.com/artworks-" + Long.toHexString(track.id() * 104729) + "-large.jpg");
		json.put("available_country_codes", null);
		json.put("bpm", track.bpm());
		random.nextInt(40); // the generated comment count of earlier versions, drawn to keep the fields after it
		json.put("comment_count", counters.comments());
		json.put("commentable", true);
		json.put("created_at", LegacyDates.format(track.createdAt()));
		json.put("description",
				(random.nextInt(5) < 2) ? null : "Made with love in " + pick(random, Words.PLACES) + ".");
		int downloads = generatedDownloadable ? random.nextInt(300) : 0;
		json.put("download_count", downloadable ? downloads : 0);
		json.put("download_url", downloadable ? apiUri + "/download" : null);
		json.put("downloadable", downloadable);
		json.put("duration", track.duration());
		json.put("embeddable_by", "all");
		random.nextInt(60);
		json.put("favoritings_count", counters.favoritings());
		json.put("genre", track.genre());
		json.put("id", track.id());
		json.put("isrc", (random.nextInt(10) < 7) ? null
				: String.format("QZFK%02d%05d", day.getYear() % 100, track.id() % 100_000));
		json.put("key_signature", (random.nextInt(10) < 7) ? null : pick(random, Words.KEYS));
		json.put("kind", "track");
		json.put("label_name", (random.nextInt(4) != 0) ? null : pick(random, Words.LABELS));
		json.put("license", pick(random, Words.LICENSES));
		json.put("metadata_artist", (random.nextInt(7) != 0) ? null : owner.fullName());
		json.put("permalink", row.permalink());
		json.put("permalink_url", "https://soundcloud.com/" + owner.permalink() + "/" + row.permalink());
		json.put("playback_count", plays + row.plays());
		json.put("purchase_title", null);
		json.put("purchase_url", null);
		json.put("release", null);
		json.put("release_day", released ? day.getDayOfMonth() : null);
		json.put("release_month", released ? day.getMonthValue() : null);
		json.put("release_year", released ? day.getYear() : null);
		random.nextInt(50);
		json.put("reposts_count", counters.reposts());
		json.put("reveal_comments", true);
		json.put("reveal_stats", true);
		json.put("secret_uri", null);
		json.put("sharing", "public");
		json.put("stream_url", apiUri + "/stream");
		json.put("streamable", !track.access().equals("blocked"));
		json.put("tag_list", TagList.format(track.tags()));
		json.put("title", track.title());
		json.put("uri", apiUri);
		json.put("urn", track.urn());
		json.put("user", ownerJson);
		json.put("user_favorite", counters.userFavorite());
		json.put("user_playback_count", counters.userPlays());
		json.put("waveform_url", "https://wave.sndcdn.com/" + Long.toHexString(track.id() * 15485863) + "_m.png");
		json.putAll(row.fields());
		if (!row.isPublic()) {
			json.put("secret_uri", apiUri + "?secret_token=" + secretToken(track.id()));
		}
		return json;
	}

	/**
	 * Whether a track can be downloaded: as a write set it, else one in ten generated tracks.
	 */
	static boolean isDownloadable(TrackRow row) {
		Random random = new Random(row.id());
		random.nextDouble();
		return row.flag("downloadable", random.nextInt(10) == 0);
	}

	/**
	 * The token that lets others read a private track, derived from its id.
	 */
	static String secretToken(long id) {
		return "s-" + Long.toString(Math.abs(id * 2_654_435_761L % 60_466_176L), 36);
	}

	private static String pick(Random random, List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

	/**
	 * What the store knows about a track.
	 *
	 * @param comments its comments
	 * @param favoritings the users who liked it
	 * @param reposts the users who reposted it
	 * @param userFavorite whether the caller liked it
	 * @param userPlays how often the caller played it
	 */
	record Counters(int comments, int favoritings, int reposts, boolean userFavorite, long userPlays) {

	}

}
