package io.github.scapi.soundcloud.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain JDK HTTP calls against a fake, so that its tests do not depend on the starter's client.
 */
final class FakeHttp {

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Supplier<SoundCloudFake> fake;

	FakeHttp(SoundCloudFake fake) {
		this.fake = () -> fake;
	}

	/**
	 * Calls whichever fake the extension runs when a request is made.
	 */
	FakeHttp(SoundCloudFakeExtension extension) {
		this.fake = extension::get;
	}

	/**
	 * GET below the base URL with the fake's static token.
	 */
	Response get(String pathAndQuery) {
		return send("GET", this.fake.get().baseUrl() + pathAndQuery, "OAuth " + this.fake.get().accessToken(), null);
	}

	Response get(String pathAndQuery, @Nullable String authorization) {
		return send("GET", this.fake.get().baseUrl() + pathAndQuery, authorization, null);
	}

	Response getUrl(String absoluteUrl) {
		return send("GET", absoluteUrl, "OAuth " + this.fake.get().accessToken(), null);
	}

	Response send(String method, String url, @Nullable String authorization, @Nullable String formBody) {
		return send(method, url, authorization, formBody, "application/x-www-form-urlencoded");
	}

	/**
	 * A write below the base URL with the static token and a form body.
	 */
	Response form(String method, String pathAndQuery, String formBody) {
		return send(method, this.fake.get().baseUrl() + pathAndQuery, auth(), formBody);
	}

	/**
	 * A write below the base URL with the static token and a JSON body.
	 */
	Response json(String method, String pathAndQuery, String json) {
		return send(method, this.fake.get().baseUrl() + pathAndQuery, auth(), json, "application/json");
	}

	/**
	 * A write below the base URL with the static token and no body.
	 */
	Response call(String method, String pathAndQuery) {
		return send(method, this.fake.get().baseUrl() + pathAndQuery, auth(), null);
	}

	Response multipart(String method, String pathAndQuery, Multipart body) {
		return bytes(method, this.fake.get().baseUrl() + pathAndQuery, auth(), body.bytes(), body.contentType()).asText();
	}

	/**
	 * Any request, its response body kept as bytes.
	 */
	Binary bytes(String method, String url, @Nullable String authorization, byte @Nullable [] body,
			@Nullable String contentType, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Binary(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * GET without credentials, as a client must fetch CDN links.
	 */
	Binary fetch(String url, String... headers) {
		return bytes("GET", url, null, null, null, headers);
	}

	private String auth() {
		return "OAuth " + this.fake.get().accessToken();
	}

	Response send(String method, String url, @Nullable String authorization, @Nullable String body,
			String contentType, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(null), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Follows {@code next_href} from a first linked page until a page is empty or has no
	 * link, and returns every page.
	 */
	List<JsonNode> walk(String firstPathAndQuery) {
		List<JsonNode> pages = new ArrayList<>();
		JsonNode page = get(firstPathAndQuery).ok();
		pages.add(page);
		while (page.path("collection").size() > 0 && page.hasNonNull("next_href")) {
			page = getUrl(page.get("next_href").stringValue()).ok();
			pages.add(page);
		}
		return pages;
	}

	/**
	 * Returns the URNs of every item of every page of a linked walk.
	 */
	List<String> walkUrns(String firstPathAndQuery) {
		List<String> urns = new ArrayList<>();
		walk(firstPathAndQuery).forEach((page) -> page.get("collection").forEach((item) -> urns.add(urn(item))));
		return urns;
	}

	static String urn(JsonNode item) {
		return item.get("urn").stringValue();
	}

	/**
	 * Returns the URNs of a list's items: a bare array, or the {@code collection} of a page.
	 */
	static List<String> urns(JsonNode list) {
		List<String> urns = new ArrayList<>();
		(list.isObject() ? list.get("collection") : list).forEach((item) -> urns.add(urn(item)));
		return urns;
	}

	record Binary(int status, byte[] body, java.net.http.HttpHeaders headers) {

		@Nullable String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		Response asText() {
			return new Response(this.status, new String(this.body, java.nio.charset.StandardCharsets.UTF_8),
					header("Content-Type"), this.headers);
		}

	}

	record Response(int status, String body, @Nullable String contentType, java.net.http.HttpHeaders headers) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		/**
		 * Returns the error body's {@code message}.
		 */
		String message() {
			return json().get("message").stringValue();
		}

		@Nullable String location() {
			return this.headers.firstValue("Location").orElse(null);
		}

		/**
		 * Asserts a 200 and returns the JSON body.
		 */
		JsonNode ok() {
			return expect(200);
		}

		/**
		 * Asserts a status and returns the JSON body.
		 */
		JsonNode expect(int expected) {
			if (this.status != expected) {
				throw new AssertionError("expected " + expected + " but was " + this.status + ": " + this.body);
			}
			return json();
		}

	}

}
