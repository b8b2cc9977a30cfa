package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import io.github.scapi.soundcloud.test.FakeComment;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;

/**
 * Generates what surrounds users and tracks: playlists, comments, likes, reposts, profile
 * links, legacy groups and the recently played list. It draws from a random source of its
 * own, so the users and tracks stay what they were before this content existed.
 */
final class ContentGenerator {

	static final long FIRST_PLAYLIST_ID = 700001;

	static final long FIRST_COMMENT_ID = 5_000_001;

	static final long FIRST_GROUP_ID = 101;

	static final int PLAYLIST_COUNT = 150;

	private static final long SEED = 20090714L;

	private static final long BIG_PLAYLIST_OWNER = DatasetGenerator.THOUSAND_TRACKS_ID;

	private static final Instant EARLIEST = Instant.parse("2012-01-01T00:00:00Z");

	private static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

	private final Random random = new Random(SEED);

	private final TextGenerator text = new TextGenerator(this.random);

	private final long meId;

	private final List<FakeUser> users;

	private final List<FakeTrack> tracks;

	private final List<FakeTrack> listenable;

	private final Map<Long, List<FakeTrack>> listenableByUser = new HashMap<>();

	private ContentGenerator(long meId, List<FakeUser> users, List<FakeTrack> tracks) {
		this.meId = meId;
		this.users = users;
		this.tracks = tracks;
		this.listenable = tracks.stream().filter((track) -> !track.access().equals("blocked")).toList();
		this.listenable.forEach((track) -> this.listenableByUser
			.computeIfAbsent(userId(track), (id) -> new ArrayList<>())
			.add(track));
	}

	static SeedContent generate(long meId, List<FakeUser> users, List<FakeTrack> tracks) {
		return new ContentGenerator(meId, users, tracks).build();
	}

	private SeedContent build() {
		List<PlaylistRow> playlists = playlists();
		List<FakeComment> comments = comments();
		List<Long> publicPlaylists = playlists.stream().filter(PlaylistRow::isPublic).map(PlaylistRow::id).toList();
		Map<Long, Instant> playlistDates = new HashMap<>();
		playlists.forEach((playlist) -> playlistDates.put(playlist.id(), playlist.createdAt()));
		Map<Long, List<Edge>> trackLikes = trackEdges(30, 25);
		Map<Long, List<Edge>> playlistLikes = playlistEdges(publicPlaylists, playlists, playlistDates, 8, 5);
		Map<Long, List<Edge>> trackReposts = trackEdges(5, 8);
		Map<Long, List<Edge>> playlistReposts = playlistEdges(publicPlaylists, playlists, playlistDates, 2, 3);
		return new SeedContent(playlists, comments, trackLikes, playlistLikes, trackReposts, playlistReposts,
				new ProfileGenerator(this.random, this.text).webProfiles(this.users, this.meId), groups(),
				recentlyPlayed());
	}

	private List<PlaylistRow> playlists() {
		List<String[]> mine = List.of(new String[] { "Late Night Drives, Vol. 2", "12", "public" },
				new String[] { "Sam's Favourites, Mostly", "25", "public" },
				new String[] { "Don't Skip, Don't Stop", "8", "public" },
				new String[] { "Empty for Now", "0", "public" }, new String[] { "Private Drafts", "5", "private" },
				new String[] { "Café Mornings", "15", "public" });
		Map<Long, Integer> perUser = new TreeMap<>();
		for (int i = 0; i < PLAYLIST_COUNT - mine.size() - 1; i++) {
			FakeUser user = this.users.get(1 + this.random.nextInt(this.users.size() - 1));
			perUser.merge(user.id(), 1, Integer::sum);
		}
		List<PlaylistRow> rows = new ArrayList<>();
		for (FakeUser user : this.users) {
			Set<String> permalinks = new LinkedHashSet<>();
			if (user.id() == this.meId) {
				for (String[] fixed : mine) {
					rows.add(playlist(FIRST_PLAYLIST_ID + rows.size(), user, fixed[0], Integer.parseInt(fixed[1]),
							fixed[2], permalinks));
				}
			}
			if (user.id() == BIG_PLAYLIST_OWNER) {
				rows.add(playlist(FIRST_PLAYLIST_ID + rows.size(), user, "Every Loop, Ever", 150, "public",
						permalinks));
			}
			for (int i = 0; i < perUser.getOrDefault(user.id(), 0); i++) {
				rows.add(playlist(FIRST_PLAYLIST_ID + rows.size(), user, playlistTitle(), playlistSize(), "public",
						permalinks));
			}
		}
		return List.copyOf(rows);
	}

	private PlaylistRow playlist(long id, FakeUser owner, String title, int size, String sharing,
			Set<String> permalinks) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("description", this.random.nextBoolean() ? null : "Picked by " + owner.username() + ".");
		fields.put("sharing", sharing);
		fields.put("genre", this.random.nextInt(4) == 0 ? "" : this.text.pick(Words.GENRES));
		fields.put("tag_list", TagList.format(this.text.tags()));
		fields.put("permalink", uniqueSlug(title, permalinks));
		fields.put("set_type", (this.random.nextInt(7) == 0) ? "album" : "playlist");
		fields.put("artwork_url", (this.random.nextInt(10) < 3) ? null
				: "https://i1.sndcdn.com/artworks-" + Long.toHexString(id * 7877) + "-large.jpg");
		Instant created = between(EARLIEST, END);
		return new PlaylistRow(id, owner.id(), created, fields, pickTracks(owner.id(), size));
	}

	private String playlistTitle() {
		return switch (this.random.nextInt(10)) {
			case 0, 1, 2, 3, 4 -> this.text.title();
			case 5, 6, 7 -> this.text.pick(Words.FIRST_NAMES) + "'s " + this.text.pick(ContentWords.PLAYLIST_WORDS);
			default -> this.text.pick(Words.ADJECTIVES) + " " + this.text.pick(Words.NOUNS) + "s, "
					+ this.text.pick(ContentWords.PLAYLIST_WORDS);
		};
	}

	private int playlistSize() {
		int roll = this.random.nextInt(100);
		return (roll < 6) ? 0 : (roll < 80) ? 1 + this.random.nextInt(15) : 16 + this.random.nextInt(45);
	}

	/**
	 * Mostly the owner's own tracks; never blocked ones, so a playlist lists all its tracks
	 * under the default {@code access} filter.
	 */
	private List<Long> pickTracks(long ownerId, int size) {
		List<FakeTrack> own = this.listenableByUser.getOrDefault(ownerId, List.of());
		Set<Long> picked = new LinkedHashSet<>();
		for (int attempt = 0; picked.size() < size && attempt < size * 20; attempt++) {
			boolean fromOwn = !own.isEmpty() && (ownerId == BIG_PLAYLIST_OWNER || this.random.nextInt(10) < 6);
			List<FakeTrack> pool = fromOwn ? own : this.listenable;
			picked.add(pool.get(this.random.nextInt(pool.size())).id());
		}
		return List.copyOf(picked);
	}

	private List<FakeComment> comments() {
		Map<Long, Integer> heavy = new LinkedHashMap<>();
		heavy.put(firstTrackOf(this.meId).id(), 75);
		heavy.put(firstTrackOf(DatasetGenerator.THOUSAND_TRACKS_ID).id(), 130);
		heavy.put(firstTrackOf(1013).id(), 64);
		List<FakeComment> comments = new ArrayList<>();
		for (FakeTrack track : this.tracks) {
			int count = heavy.getOrDefault(track.id(),
					(this.random.nextInt(10) < 3) ? 1 + this.random.nextInt(5) : 0);
			for (int i = 0; i < count; i++) {
				long id = FIRST_COMMENT_ID + comments.size();
				FakeUser author = this.users.get(this.random.nextInt(this.users.size()));
				String body = this.text.pick(ContentWords.COMMENTS);
				Long timestamp = (this.random.nextInt(10) < 7) ? (long) this.random.nextInt((int) track.duration())
						: null;
				comments.add(new FakeComment(Urns.of("comments", id), id, track.urn(), author.urn(), body, timestamp,
						between(track.createdAt(), END)));
			}
		}
		return List.copyOf(comments);
	}

	private Map<Long, List<Edge>> trackEdges(int mine, int maxOthers) {
		Map<Long, List<Edge>> edges = new LinkedHashMap<>();
		for (FakeUser user : this.users) {
			int count = (user.id() == this.meId) ? mine : this.random.nextInt(maxOthers);
			Map<Long, Edge> picked = new LinkedHashMap<>();
			for (int attempt = 0; picked.size() < count && attempt < count * 20; attempt++) {
				FakeTrack track = this.listenable.get(this.random.nextInt(this.listenable.size()));
				if (userId(track) != user.id()) {
					picked.putIfAbsent(track.id(), new Edge(track.id(), between(track.createdAt(), END)));
				}
			}
			edges.put(user.id(), newestFirst(picked.values()));
		}
		return edges;
	}

	private Map<Long, List<Edge>> playlistEdges(List<Long> candidates, List<PlaylistRow> playlists,
			Map<Long, Instant> dates, int mine, int maxOthers) {
		Map<Long, Long> owners = new HashMap<>();
		playlists.forEach((playlist) -> owners.put(playlist.id(), playlist.userId()));
		Map<Long, List<Edge>> edges = new LinkedHashMap<>();
		for (FakeUser user : this.users) {
			int count = (user.id() == this.meId) ? mine : this.random.nextInt(maxOthers);
			Map<Long, Edge> picked = new LinkedHashMap<>();
			for (int attempt = 0; picked.size() < count && attempt < count * 20; attempt++) {
				long playlistId = candidates.get(this.random.nextInt(candidates.size()));
				if (owners.get(playlistId) != user.id()) {
					picked.putIfAbsent(playlistId, new Edge(playlistId, between(dates.get(playlistId), END)));
				}
			}
			edges.put(user.id(), newestFirst(picked.values()));
		}
		return edges;
	}

	private List<GroupData> groups() {
		List<GroupData> groups = new ArrayList<>();
		for (int i = 0; i < ContentWords.GROUPS.size(); i++) {
			String name = ContentWords.GROUPS.get(i);
			long id = FIRST_GROUP_ID + i;
			boolean last = i == ContentWords.GROUPS.size() - 1;
			long creator = last ? this.meId : this.users.get(this.random.nextInt(this.users.size())).id();
			Set<Long> members = new java.util.TreeSet<>(List.of(creator));
			int wanted = 4 + this.random.nextInt(15);
			while (members.size() < wanted) {
				members.add(this.users.get(this.random.nextInt(this.users.size())).id());
			}
			if (i % 2 == 0) {
				members.add(this.meId);
			}
			List<FakeTrack> pool = members.stream()
				.flatMap((member) -> this.listenableByUser.getOrDefault(member, List.of()).stream())
				.toList();
			Set<FakeTrack> posted = new LinkedHashSet<>();
			int size = Math.min(pool.size(), 5 + this.random.nextInt(50));
			while (posted.size() < size) {
				posted.add(pool.get(this.random.nextInt(pool.size())));
			}
			List<Long> trackIds = posted.stream()
				.sorted(Comparator.comparing(FakeTrack::createdAt).thenComparingLong(FakeTrack::id).reversed())
				.map(FakeTrack::id)
				.toList();
			groups.add(new GroupData(id, name, "All about " + name, "A group for " + name + " on SoundCloud.",
					TextGenerator.slug(name), creator, between(EARLIEST, END), List.copyOf(members), trackIds));
		}
		return List.copyOf(groups);
	}

	private List<Long> recentlyPlayed() {
		Set<Long> played = new LinkedHashSet<>();
		while (played.size() < 12) {
			played.add(this.listenable.get(this.random.nextInt(this.listenable.size())).id());
		}
		return List.copyOf(played);
	}

	private FakeTrack firstTrackOf(long userId) {
		return this.tracks.stream().filter((track) -> userId(track) == userId).findFirst().orElseThrow();
	}

	private String uniqueSlug(String title, Set<String> taken) {
		String base = TextGenerator.slug(title);
		base = base.isEmpty() ? "playlist" : base;
		String slug = base;
		for (int n = 2; !taken.add(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private Instant between(Instant from, Instant to) {
		long seconds = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
		return from.plusSeconds(this.random.nextInt((int) Math.min(seconds, Integer.MAX_VALUE)));
	}

	private static List<Edge> newestFirst(java.util.Collection<Edge> edges) {
		return edges.stream()
			.sorted(Comparator.comparing(Edge::at).thenComparingLong(Edge::targetId).reversed())
			.toList();
	}

	static long userId(FakeTrack track) {
		return Urns.parse(track.userUrn(), "users");
	}

}
