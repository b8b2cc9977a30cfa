package io.github.scapi.soundcloud.test.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;

/**
 * JSON of the {@code Track} schema. Counters and other fields not kept in {@link FakeTrack}
 * are derived from the track's id; links to the API lead back to the fake.
 */
final class TrackJson {

	private TrackJson() {
	}

	static Map<String, Object> of(FakeTrack track, FakeUser owner, String apiBase) {
		Random random = new Random(track.id());
		long plays = (long) (Math.pow(random.nextDouble(), 3) * 2_000_000);
		boolean downloadable = random.nextInt(10) == 0;
		boolean released = random.nextBoolean();
		LocalDate day = LocalDate.ofInstant(track.createdAt(), ZoneOffset.UTC);
		String apiUri = apiBase + "/tracks/" + track.urn();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("access", track.access());
		json.put("artwork_url", (random.nextInt(5) == 0) ? null
				: "https://i1.sndcdn.com/artworks-" + Long.toHexString(track.id() * 104729) + "-large.jpg");
		json.put("available_country_codes", null);
		json.put("bpm", track.bpm());
		json.put("comment_count", random.nextInt(40));
		json.put("commentable", true);
		json.put("created_at", LegacyDates.format(track.createdAt()));
		json.put("description",
				(random.nextInt(5) < 2) ? null : "Made with love in " + pick(random, Words.PLACES) + ".");
		json.put("download_count", downloadable ? random.nextInt(300) : 0);
		json.put("download_url", downloadable ? apiUri + "/download" : null);
		json.put("downloadable", downloadable);
		json.put("duration", track.duration());
		json.put("embeddable_by", "all");
		json.put("favoritings_count", plays / (20 + random.nextInt(60)));
		json.put("genre", track.genre());
		json.put("id", track.id());
		json.put("isrc", (random.nextInt(10) < 7) ? null
				: String.format("QZFK%02d%05d", day.getYear() % 100, track.id() % 100_000));
		json.put("key_signature", (random.nextInt(10) < 7) ? null : pick(random, Words.KEYS));
		json.put("kind", "track");
		json.put("label_name", (random.nextInt(4) != 0) ? null : pick(random, Words.LABELS));
		json.put("license", pick(random, Words.LICENSES));
		json.put("metadata_artist", (random.nextInt(7) != 0) ? null : owner.fullName());
		json.put("permalink_url", "https://soundcloud.com/" + owner.permalink() + "/" + permalink(track));
		json.put("playback_count", plays);
		json.put("purchase_title", null);
		json.put("purchase_url", null);
		json.put("release", null);
		json.put("release_day", released ? day.getDayOfMonth() : null);
		json.put("release_month", released ? day.getMonthValue() : null);
		json.put("release_year", released ? day.getYear() : null);
		json.put("reposts_count", random.nextInt(50));
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
		json.put("user", UserJson.mini(owner, apiBase));
		json.put("user_favorite", false);
		json.put("user_playback_count", 0);
		json.put("waveform_url", "https://wave.sndcdn.com/" + Long.toHexString(track.id() * 15485863) + "_m.png");
		return json;
	}

	private static String permalink(FakeTrack track) {
		String slug = TextGenerator.slug(track.title());
		return (slug.isEmpty() ? "track" : slug) + "-" + track.id();
	}

	private static String pick(Random random, List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

}
