package io.github.scapi.soundcloud.sample;

import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureSoundCloudFake
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Autowired
	private SoundCloudFake fake;

	@Test
	void toursTheFakeSoundCloud(CapturedOutput output) {
		assertThat(output).contains("credentials: TOKEN")
			.contains("Signed in as ")
			.contains("Tracks matching \"night\"")
			.contains("Walked 1000 tracks in 20 pages")
			.contains("Top genres of ")
			.contains("Newest track, streamed lazily")
			.contains("Created playlist soundcloud:playlists:")
			.contains("Renamed it to \"Renamed, it's done\"")
			.contains("Deleted it: gone")
			.contains("Uploading generated.mp3 [                              ]   0% of 4.0 MB")
			.contains("Uploading generated.mp3 [##############################] 100% of 4.0 MB")
			.containsPattern("Uploaded soundcloud:tracks:\\d+ \"Sample upload\"")
			.contains("Health of the SoundCloud API: UP")
			.contains("soundcloud.client.requests.page")
			.containsPattern("http\\.client\\.requests +\\d+");
		assertThat(output).doesNotContain(this.fake.accessToken());
	}

}
