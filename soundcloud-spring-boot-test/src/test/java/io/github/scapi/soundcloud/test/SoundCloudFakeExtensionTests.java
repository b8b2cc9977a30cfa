package io.github.scapi.soundcloud.test;

import java.io.IOException;
import java.net.Socket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * {@link SoundCloudFakeExtension}'s life cycle, driven through its callbacks the way JUnit
 * calls them.
 */
class SoundCloudFakeExtensionTests {

	private final ExtensionContext classContext = context("[class:Outer]");

	@Test
	void runsOneFakeFromBeforeAllToAfterAll() {
		SoundCloudFakeExtension extension = new SoundCloudFakeExtension(SoundCloudFake.builder().basePath("/api"));
		assertThatIllegalStateException().isThrownBy(extension::get);

		extension.beforeAll(this.classContext);
		SoundCloudFake fake = extension.get();
		assertThat(fake.baseUrl()).endsWith("/api");
		assertThat(listening(fake.port())).isTrue();
		ExtensionContext test = context("[class:Outer]/[method:test()]");
		extension.beforeEach(test);
		extension.afterEach(test);
		assertThat(extension.get()).isSameAs(fake);

		extension.afterAll(this.classContext);
		assertThat(listening(fake.port())).isFalse();
		assertThatIllegalStateException().isThrownBy(extension::get);
	}

	@Test
	void resetsDataRequestsAndCreatesBeforeEachTest() {
		SoundCloudFakeExtension extension = new SoundCloudFakeExtension(
				SoundCloudFake.builder().createdResponses(CreatedResponse.LOCATION_ONLY));
		extension.beforeAll(this.classContext);
		try {
			SoundCloudFake fake = extension.get();
			FakeHttp http = new FakeHttp(extension);
			String mine = fake.dataset().tracksOf(fake.dataset().meUrn()).get(0).urn();
			http.call("DELETE", "/tracks/" + mine).ok();
			fake.createdResponses(CreatedResponse.BODY_ONLY);
			assertThat(fake.requestCount()).isEqualTo(1);

			extension.beforeEach(context("[class:Outer]/[method:next()]"));

			assertThat(fake.requestCount()).isZero();
			assertThat(fake.dataset().track(mine)).isPresent();
			assertThat(fake.createdResponses()).isEqualTo(CreatedResponse.LOCATION_ONLY);
		}
		finally {
			extension.afterAll(this.classContext);
		}
	}

	@Test
	void resetsOnlyWhatItIsToldTo() {
		SoundCloudFakeExtension extension = new SoundCloudFakeExtension()
			.resetting(SoundCloudFakeExtension.Reset.REQUESTS);
		extension.beforeAll(this.classContext);
		try {
			SoundCloudFake fake = extension.get();
			String mine = fake.dataset().tracksOf(fake.dataset().meUrn()).get(0).urn();
			new FakeHttp(fake).call("DELETE", "/tracks/" + mine).ok();

			extension.beforeEach(context("[class:Outer]/[method:next()]"));

			assertThat(fake.requestCount()).isZero();
			assertThat(fake.dataset().track(mine)).isEmpty();
		}
		finally {
			extension.afterAll(this.classContext);
		}
	}

	@Test
	void sharesTheFakeWithNestedClasses() {
		SoundCloudFakeExtension extension = new SoundCloudFakeExtension();
		extension.beforeAll(this.classContext);
		try {
			SoundCloudFake fake = extension.get();
			ExtensionContext nested = context("[class:Outer]/[nested-class:Inner]");
			extension.beforeAll(nested);
			assertThat(extension.get()).isSameAs(fake);
			extension.afterAll(nested);
			assertThat(extension.get()).isSameAs(fake);
			assertThat(listening(fake.port())).isTrue();
		}
		finally {
			extension.afterAll(this.classContext);
		}
	}

	@Test
	void givesEachTestItsOwnFakeWhenRegisteredOnAnInstanceField() {
		SoundCloudFakeExtension extension = new SoundCloudFakeExtension();
		ExtensionContext first = context("[class:Outer]/[method:first()]");
		extension.beforeEach(first);
		SoundCloudFake fake = extension.get();
		extension.afterEach(first);
		assertThat(listening(fake.port())).isFalse();

		ExtensionContext second = context("[class:Outer]/[method:second()]");
		extension.beforeEach(second);
		try {
			assertThat(extension.get()).isNotSameAs(fake);
		}
		finally {
			extension.afterEach(second);
		}
	}

	private static ExtensionContext context(String uniqueId) {
		ExtensionContext context = mock(ExtensionContext.class);
		given(context.getUniqueId()).willReturn(uniqueId);
		return context;
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket("localhost", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
