package io.github.scapi.soundcloud.repository;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.paging.PageFetcher;
import io.github.scapi.soundcloud.paging.SoundCloudPaging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.util.Assert;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What every repository does with the connector: read one resource, read one page of a
 * list, or walk a whole list. Arguments are checked here, before any request.
 */
abstract class RepositorySupport {

	static final MultiValueMap<String, String> NO_QUERY = CollectionUtils
		.unmodifiableMultiValueMap(new LinkedMultiValueMap<>());

	private final SoundCloudConnector connector;

	RepositorySupport(SoundCloudConnector connector) {
		Assert.notNull(connector, "'connector' must not be null");
		this.connector = connector;
	}

	final SoundCloudConnector connector() {
		return this.connector;
	}

	final <T> Optional<T> find(String pathTemplate, Map<String, ?> uriVariables, Class<T> type) {
		return this.connector.find(pathTemplate, uriVariables, type);
	}

	final <T> Slice<T> slice(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> type, Pageable pageable) {
		Pageable checked = this.connector.pageable(pageable);
		return SoundCloudPaging.slice(fetcher(pathTemplate, uriVariables, query, type), checked);
	}

	final <T> Stream<T> stream(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> type) {
		return SoundCloudPaging.stream(fetcher(pathTemplate, uriVariables, query, type), this.connector.getPageSize());
	}

	private <T> PageFetcher<T> fetcher(String pathTemplate, Map<String, ?> uriVariables,
			MultiValueMap<String, String> query, Class<T> type) {
		return (pageable) -> this.connector.getPage(pathTemplate, uriVariables, query, type, pageable);
	}

}
