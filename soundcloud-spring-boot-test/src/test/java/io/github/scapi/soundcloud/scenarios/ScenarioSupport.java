package io.github.scapi.soundcloud.scenarios;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.repository.CommentRepository;
import io.github.scapi.soundcloud.repository.MeRepository;
import io.github.scapi.soundcloud.repository.PlaylistRepository;
import io.github.scapi.soundcloud.repository.SoundCloudResolver;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The beans a user autowires, and the fake with its generated data restored before each
 * scenario, because scenarios write.
 */
@SpringBootTest(classes = ScenarioApplication.class)
@AutoConfigureSoundCloudFake
abstract class ScenarioSupport {

	@Autowired
	SoundCloudFake fake;

	@Autowired
	SoundCloudConnector connector;

	@Autowired
	UserRepository users;

	@Autowired
	TrackRepository tracks;

	@Autowired
	PlaylistRepository playlists;

	@Autowired
	CommentRepository comments;

	@Autowired
	MeRepository me;

	@Autowired
	SoundCloudResolver resolver;

	/** A track whose whole audio the caller may play. */
	String playableTrack() {
		return this.fake.dataset()
			.tracks()
			.stream()
			.filter((track) -> track.access().equals("playable"))
			.skip(7)
			.findFirst()
			.orElseThrow()
			.urn();
	}

	@BeforeEach
	void restoreTheFake() {
		this.fake.resetData();
		this.fake.resetRequests();
	}

}
