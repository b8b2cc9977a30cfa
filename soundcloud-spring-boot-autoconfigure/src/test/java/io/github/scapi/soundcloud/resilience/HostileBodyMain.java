package io.github.scapi.soundcloud.resilience;

import java.util.Map;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudException;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;

import org.springframework.data.domain.PageRequest;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Meets a hostile server in a JVM whose heap is far smaller than its bodies, then shows the
 * same connector still works: run by {@link HostileBodyTests}.
 */
public final class HostileBodyMain {

	private HostileBodyMain() {
	}

	public static void main(String[] args) {
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(args[0])
			.authenticator(new StaticTokenAuthenticator("hostile-token"))
			.build();
		try {
			connector.slice("/tracks", Map.of(), new LinkedMultiValueMap<>(), Track.class, PageRequest.of(0, 200));
			System.out.println("page: no failure");
		}
		catch (SoundCloudException ex) {
			System.out.println("page: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		try {
			connector.get("/error", Map.of(), User.class);
			System.out.println("error: no failure");
		}
		catch (SoundCloudException ex) {
			System.out.println("error: " + ex.getClass().getSimpleName() + " " + ex.getStatus());
		}
		User me = connector.get("/me", Map.of(), User.class);
		System.out.println("me: " + me.username() + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
				+ " MB");
	}

}
