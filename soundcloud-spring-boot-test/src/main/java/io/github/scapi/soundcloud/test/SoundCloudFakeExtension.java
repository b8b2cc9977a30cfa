package io.github.scapi.soundcloud.test;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.Assert;

/**
 * A JUnit Jupiter extension that runs a {@link SoundCloudFake} for a test class, without
 * Spring:
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();
 *
 * &#64;Test
 * void findsMe() {
 *     SoundCloudConnector connector = SoundCloudConnector.builder().baseUrl(fake.get().baseUrl())...
 * }
 * </pre>
 *
 * Registered on a {@code static} field, the fake starts before the first test of the class
 * and stops after the last; registered on an instance field, each test gets a fake of its
 * own. Before each test the fake is brought back to where it started: its data is reset
 * ({@link SoundCloudFake#resetData()}), its recorded requests are cleared
 * ({@link SoundCloudFake#resetRequests()}) and the shape of creates is the one it was
 * started with ({@link SoundCloudFake#createdResponses(CreatedResponse)}). Issued tokens
 * stay valid. {@link #resetting(Reset...)} chooses less.
 */
public final class SoundCloudFakeExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private final SoundCloudFake.Builder builder;

	private final Set<Reset> resets;

	private @Nullable SoundCloudFake fake;

	private @Nullable CreatedResponse initialCreatedResponses;

	/** The unique id of the context whose start callback started the fake. */
	private @Nullable String owner;

	/**
	 * An extension for a fake with the default settings.
	 */
	public SoundCloudFakeExtension() {
		this(SoundCloudFake.builder());
	}

	/**
	 * An extension for a fake with the given settings.
	 * @param builder the settings; the extension calls {@link SoundCloudFake.Builder#start()}
	 */
	public SoundCloudFakeExtension(SoundCloudFake.Builder builder) {
		this(builder, EnumSet.allOf(Reset.class));
	}

	private SoundCloudFakeExtension(SoundCloudFake.Builder builder, Set<Reset> resets) {
		Assert.notNull(builder, "'builder' must not be null");
		this.builder = builder;
		this.resets = resets;
	}

	/**
	 * Returns an extension like this one that resets only the given parts before each
	 * test; none for a fake whose state carries over from test to test.
	 * @param what the parts to reset
	 * @return a new extension
	 */
	public SoundCloudFakeExtension resetting(Reset... what) {
		Assert.notNull(what, "'what' must not be null");
		Assert.noNullElements(what, "'what' must not contain null elements");
		Set<Reset> chosen = EnumSet.noneOf(Reset.class);
		chosen.addAll(Set.of(what));
		return new SoundCloudFakeExtension(this.builder, chosen);
	}

	/**
	 * Returns the running fake.
	 * @return the fake
	 * @throws IllegalStateException outside the tests of the class that registered the
	 * extension
	 */
	public SoundCloudFake get() {
		SoundCloudFake running = this.fake;
		Assert.state(running != null, "The SoundCloud fake runs only while the tests of its class run");
		return running;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		SoundCloudFake running = this.fake;
		CreatedResponse createdResponses = this.initialCreatedResponses;
		if (running == null || createdResponses == null) {
			start(context);
			return;
		}
		if (this.resets.contains(Reset.DATA)) {
			running.resetData();
			running.createdResponses(createdResponses);
		}
		if (this.resets.contains(Reset.REQUESTS)) {
			running.resetRequests();
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		stopIfStartedBy(context);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stopIfStartedBy(context);
	}

	private void start(ExtensionContext context) {
		if (this.fake != null) {
			// a nested class shares the fake of its enclosing class
			return;
		}
		SoundCloudFake started = this.builder.start();
		this.fake = started;
		this.initialCreatedResponses = started.createdResponses();
		this.owner = context.getUniqueId();
	}

	private void stopIfStartedBy(ExtensionContext context) {
		SoundCloudFake running = this.fake;
		if (running != null && context.getUniqueId().equals(this.owner)) {
			this.fake = null;
			this.owner = null;
			running.stop();
		}
	}

	/**
	 * What {@link SoundCloudFakeExtension} resets before each test.
	 */
	public enum Reset {

		/**
		 * The data ({@link SoundCloudFake#resetData()}) and the shape of creates
		 * ({@link SoundCloudFake#createdResponses(CreatedResponse)}).
		 */
		DATA,

		/**
		 * The recorded requests ({@link SoundCloudFake#resetRequests()}).
		 */
		REQUESTS

	}

}
