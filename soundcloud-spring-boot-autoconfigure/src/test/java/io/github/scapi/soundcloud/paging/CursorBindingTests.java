package io.github.scapi.soundcloud.paging;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.TrackQuery;
import io.github.scapi.soundcloud.repository.TrackRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A cursor belongs to one list of one API: the repositories refuse it for any other, before
 * sending anything.
 */
class CursorBindingTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	@BeforeEach
	void stub() {
		server.stubFor(get(anyUrl()).willReturn(okJson("{\"collection\":[{\"urn\":\"soundcloud:tracks:1\"}],"
				+ "\"next_href\":\"http://localhost:" + server.getPort()
				+ "/users/soundcloud:users:1/tracks?cursor=c2&limit=1&linked_partitioning=true&client_id=ID-42\"}")));
	}

	private TrackRepository tracks(String host) {
		return new SoundCloudTrackRepository(
				SoundCloudConnector.builder().baseUrl("http://" + host + ":" + server.getPort()).build());
	}

	@Test
	void aSliceKnowsItsListAndItsNextPageCarriesIt() {
		Slice<Track> first = tracks("localhost").findByUser("soundcloud:users:1", Pageable.unpaged());
		String list = "http://localhost:" + server.getPort() + "/users/soundcloud:users:1/tracks";
		assertThat(((CursorSlice<Track>) first).getList()).contains(list);
		assertThat(((CursorPageable) first.nextPageable()).getList()).contains(list);
		String text = SoundCloudCursor.of(first.nextPageable()).toString();
		// resumed from its string form, the same list fetches the linked page, minus the client id
		tracks("localhost").findByUser("soundcloud:users:1", SoundCloudCursor.parse(text).toPageable());
		assertThat(server.getAllServeEvents()).hasSize(2);
		assertThat(server.getAllServeEvents().get(0).getRequest().getUrl())
			.isEqualTo("/users/soundcloud:users:1/tracks?cursor=c2&limit=1&linked_partitioning=true");
	}

	@Test
	void refusesACursorOfAnotherListBeforeAnyRequest() {
		TrackRepository tracks = tracks("localhost");
		CursorPageable next = SoundCloudCursor
			.parse(SoundCloudCursor.of(tracks.findByUser("soundcloud:users:1", Pageable.unpaged()).nextPageable())
				.toString())
			.toPageable();
		server.resetRequests();
		assertRefused(() -> tracks.findByUser("soundcloud:users:2", next), InvalidCursorException.Reason.OTHER_LIST);
		assertRefused(() -> tracks.search(TrackQuery.builder().text("x").build(), next),
				InvalidCursorException.Reason.OTHER_LIST);
		assertRefused(() -> tracks("127.0.0.1").findByUser("soundcloud:users:1", next),
				InvalidCursorException.Reason.OTHER_API);
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void filtersArePartOfTheList() {
		TrackRepository tracks = tracks("localhost");
		Pageable next = SoundCloudCursor
			.of(tracks.search(TrackQuery.builder().text("night").build(), Pageable.unpaged()).nextPageable())
			.toPageable();
		server.resetRequests();
		assertRefused(() -> tracks.search(TrackQuery.builder().text("day").build(), next),
				InvalidCursorException.Reason.OTHER_LIST);
		assertThat(server.getAllServeEvents()).isEmpty();
		tracks.search(TrackQuery.builder().text("night").build(), next);
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	private static void assertRefused(Runnable call, InvalidCursorException.Reason reason) {
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(reason))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("ID-42"));
	}


}
