package io.github.scapi.soundcloud.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.util.Assert;

/**
 * One partition per user, playlist or query: each partition's {@code ExecutionContext}
 * holds one value under a key of your choice, which a step-scoped
 * {@link SoundCloudItemReader} reads with
 * {@code @Value("#{stepExecutionContext['user']}")}. A cursor chain is sequential, so a list
 * cannot be split; a set of lists can, and each partition walks one of them.
 *
 * <p>Partitions are named {@code partition0}, {@code partition1}, ... in the order the
 * values are given, one per value whatever the grid size (the grid size of a partitioned
 * step only bounds how many run at once). Give the values in the same order when a job is
 * restarted: Spring Batch matches a restarted partition to its saved state by name.
 *
 * @author scapi contributors
 */
public class SoundCloudPartitioner implements Partitioner {

	private final String key;

	private final List<String> values;

	/**
	 * Create a partitioner.
	 * @param key the name each partition's value is saved under, e.g. {@code user}
	 * @param values the users, playlists or queries, one partition each
	 * @throws IllegalArgumentException if there are no values, a value is empty or a value is
	 * given twice (its list would be read, and written, twice)
	 */
	public SoundCloudPartitioner(String key, List<String> values) {
		Assert.hasText(key, "'key' must not be empty");
		Assert.notEmpty(values, "'values' must not be empty");
		Set<String> distinct = new LinkedHashSet<>();
		for (String value : values) {
			Assert.hasText(value, "'values' must not contain an empty value");
			Assert.isTrue(distinct.add(value), () -> "'values' contains '" + value + "' twice");
		}
		this.key = key;
		this.values = List.copyOf(new ArrayList<>(distinct));
	}

	/**
	 * Return one partition per value.
	 * @param gridSize ignored: there is one partition per value
	 * @return the partitions by name, in the order of the values
	 */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < this.values.size(); i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(this.key, this.values.get(i));
			partitions.put("partition" + i, context);
		}
		return partitions;
	}

}
