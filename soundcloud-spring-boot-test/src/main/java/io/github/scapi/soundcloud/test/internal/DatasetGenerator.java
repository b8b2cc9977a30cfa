package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;

/**
 * Builds the fake's users, tracks and follow graph from a fixed seed, then hands them to
 * {@link ContentGenerator} for the rest. It only uses the methods of {@link Random} whose
 * algorithm the JDK specifies, so every run on every machine yields the same dataset.
 */
final class DatasetGenerator {

	static final long ME_ID = 1001;

	static final long THOUSAND_TRACKS_ID = 1007;

	private static final long SEED = 20080314L;

	private static final long FIRST_USER_ID = 1001;

	private static final int USER_COUNT = 60;

	private static final long FIRST_TRACK_ID = 200001;

	private static final Map<Long, Integer> FIXED_TRACK_COUNTS = Map.of(ME_ID, 24, THOUSAND_TRACKS_ID, 1000,
			1013L, 461, 1029L, 423, 1005L, 0, 1018L, 0, 1033L, 0, 1047L, 0, 1059L, 0);

	private static final Map<Long, String[]> FIXED_NAMES = Map.of(ME_ID, new String[] { "scapi.fan", "Sam Capi" },
			THOUSAND_TRACKS_ID, new String[] { "Endless Loops", "Ada Lindqvist" }, 1013L,
			new String[] { "Midnight Marathon", "Tomás Ferreira" }, 1029L,
			new String[] { "Koffi & The Tapes", "Koffi Mensah" });

	private static final List<Long> POPULAR = List.of(THOUSAND_TRACKS_ID, 1013L, 1029L);

	private static final long EARLIEST = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();

	private static final int SPAN_SECONDS = (int) (Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() - EARLIEST);

	private final Random random = new Random(SEED);

	private final TextGenerator text = new TextGenerator(this.random);

	private DatasetGenerator() {
	}

	static Seed generate() {
		return new DatasetGenerator().build();
	}

	private Seed build() {
		Map<Long, String[]> names = names();
		List<FakeTrack> tracks = new ArrayList<>();
		Map<Long, Integer> trackCounts = new LinkedHashMap<>();
		for (long userId : names.keySet()) {
			Integer fixed = FIXED_TRACK_COUNTS.get(userId);
			int count = (fixed != null) ? fixed : 1 + this.random.nextInt(30);
			String genre = this.text.pick(Words.GENRES);
			for (int i = 0; i < count; i++) {
				tracks.add(track(FIRST_TRACK_ID + tracks.size(), userId, genre));
			}
			trackCounts.put(userId, count);
		}
		Map<Long, List<Long>> followings = followGraph(names.keySet());
		Map<Long, Integer> followers = new LinkedHashMap<>();
		followings.values().forEach((list) -> list.forEach((id) -> followers.merge(id, 1, Integer::sum)));
		List<FakeUser> users = new ArrayList<>();
		names.forEach((id, name) -> users.add(new FakeUser(Urns.of("users", id), id, name[0], name[1], name[2],
				trackCounts.get(id), followers.getOrDefault(id, 0), followings.get(id).size())));
		return new Seed(ME_ID, List.copyOf(users), List.copyOf(tracks), followings,
				ContentGenerator.generate(ME_ID, users, tracks));
	}

	/**
	 * Returns username, full name and unique permalink for each user id, in id order.
	 */
	private Map<Long, String[]> names() {
		Map<Long, String[]> names = new LinkedHashMap<>();
		Set<String> usernames = new HashSet<>();
		Set<String> permalinks = new HashSet<>();
		for (long id = FIRST_USER_ID; id < FIRST_USER_ID + USER_COUNT; id++) {
			String[] fixed = FIXED_NAMES.get(id);
			String fullName = (fixed != null) ? fixed[1] : this.text.fullName();
			String username = (fixed != null) ? fixed[0] : this.text.username(fullName);
			while (!usernames.add(username)) {
				username = this.text.username(fullName);
			}
			String permalink = TextGenerator.slug(username);
			if (permalink.isEmpty() || !permalinks.add(permalink)) {
				permalink = permalink + "-" + id;
				permalinks.add(permalink);
			}
			names.put(id, new String[] { username, fullName, permalink });
		}
		return names;
	}

	private FakeTrack track(long id, long userId, String userGenre) {
		String title = this.text.title();
		String genre = (this.random.nextInt(10) < 6) ? userGenre : this.text.pick(Words.GENRES);
		List<String> tags = this.text.tags();
		Integer bpm = (this.random.nextInt(100) < 12) ? null : 60 + this.random.nextInt(141);
		Instant createdAt = Instant.ofEpochSecond(EARLIEST + this.random.nextInt(SPAN_SECONDS));
		return new FakeTrack(Urns.of("tracks", id), id, title, genre, tags, bpm, duration(), createdAt,
				access(userId), Urns.of("users", userId));
	}

	private long duration() {
		int kind = this.random.nextInt(100);
		if (kind < 2) {
			return 15_000 + this.random.nextInt(45_000);
		}
		if (kind < 12) {
			return 1_200_000 + this.random.nextInt(3_600_000);
		}
		return 60_000 + this.random.nextInt(480_000);
	}

	/**
	 * The 1,000-track user has no blocked track, so that a default listing returns all of them.
	 */
	private String access(long userId) {
		int roll = this.random.nextInt(100);
		if (userId == THOUSAND_TRACKS_ID) {
			return (roll < 88) ? "playable" : "preview";
		}
		return (roll < 80) ? "playable" : (roll < 93) ? "preview" : "blocked";
	}

	private Map<Long, List<Long>> followGraph(Set<Long> ids) {
		Map<Long, Set<Long>> graph = new LinkedHashMap<>();
		ids.forEach((id) -> graph.put(id, new LinkedHashSet<>()));
		List.of(1002L, 1003L, 1004L).forEach((fan) -> graph.get(fan).add(ME_ID));
		for (long id : ids) {
			Set<Long> followed = graph.get(id);
			int wanted = (id == ME_ID) ? 12 : this.random.nextInt(16);
			for (int attempt = 0; attempt < 500 && followed.size() < wanted; attempt++) {
				long target = (this.random.nextInt(100) < 35) ? POPULAR.get(this.random.nextInt(POPULAR.size()))
						: FIRST_USER_ID + this.random.nextInt(USER_COUNT);
				if (target != id) {
					followed.add(target);
				}
			}
		}
		Map<Long, List<Long>> result = new LinkedHashMap<>();
		graph.forEach((id, followed) -> result.put(id, List.copyOf(followed)));
		return Collections.unmodifiableMap(result);
	}

}
