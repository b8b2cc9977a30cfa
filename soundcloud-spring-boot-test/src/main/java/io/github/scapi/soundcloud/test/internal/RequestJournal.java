package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.scapi.soundcloud.test.FakeRequest;

/**
 * Reads WireMock's request journal as {@link FakeRequest}s.
 */
final class RequestJournal {

	private RequestJournal() {
	}

	static List<FakeRequest> requests(WireMockServer server, String basePath) {
		List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
		// WireMock lists the newest first
		Collections.reverse(events);
		return events.stream().map((event) -> toFakeRequest(event.getRequest(), basePath)).toList();
	}

	private static FakeRequest toFakeRequest(LoggedRequest request, String basePath) {
		RequestTarget target = RequestTarget.parse(request.getUrl(), basePath);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		if (request.getHeaders() != null) {
			for (HttpHeader header : request.getHeaders().all()) {
				headers.put(header.key(), header.values());
			}
		}
		return new FakeRequest(request.getMethod().getName(), target.path(), target.query().asMap(), headers,
				request.getUrl());
	}

}
