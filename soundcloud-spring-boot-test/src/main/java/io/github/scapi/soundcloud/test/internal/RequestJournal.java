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

	/**
	 * Counts {@code POST /oauth/token} requests, inside or outside the base path, whose form
	 * body has a {@code grant_type}.
	 */
	static long tokenRequestCount(WireMockServer server, String basePath, String grantType) {
		return server.getAllServeEvents().stream().map(ServeEvent::getRequest).filter((request) -> {
			RequestTarget target = RequestTarget.parse(request.getUrl(), basePath);
			return "POST".equalsIgnoreCase(request.getMethod().getName()) && "/oauth/token".equals(target.path())
					&& grantType.equals(QueryParams.parse(request.getBodyAsString()).first("grant_type"));
		}).count();
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
				request.getUrl(), request.getHost());
	}

}
