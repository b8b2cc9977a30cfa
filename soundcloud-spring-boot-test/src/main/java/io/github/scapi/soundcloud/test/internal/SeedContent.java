package io.github.scapi.soundcloud.test.internal;

import java.util.List;
import java.util.Map;

import io.github.scapi.soundcloud.test.FakeComment;

/**
 * The generated content around users and tracks. Lists of edges are newest first.
 *
 * @param playlists the playlists by ascending id; prototypes, copied by each store
 * @param comments the comments by ascending id
 * @param trackLikes for each user id, the tracks it liked
 * @param playlistLikes for each user id, the playlists it liked
 * @param trackReposts for each user id, the tracks it reposted
 * @param playlistReposts for each user id, the playlists it reposted
 * @param webProfiles for each user id, its profile links
 * @param groups the legacy groups by ascending id
 * @param recentlyPlayed the tracks the {@code me} user played, most recent first
 */
record SeedContent(List<PlaylistRow> playlists, List<FakeComment> comments, Map<Long, List<Edge>> trackLikes,
		Map<Long, List<Edge>> playlistLikes, Map<Long, List<Edge>> trackReposts, Map<Long, List<Edge>> playlistReposts,
		Map<Long, List<WebProfile>> webProfiles, List<GroupData> groups, List<Long> recentlyPlayed) {

}
