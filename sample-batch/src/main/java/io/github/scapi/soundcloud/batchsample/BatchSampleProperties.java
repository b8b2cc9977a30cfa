package io.github.scapi.soundcloud.batchsample;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the batch sample.
 *
 * @author scapi contributors
 */
@ConfigurationProperties("sample")
public class BatchSampleProperties {

	/**
	 * User whose tracks the job copies when the job parameter 'user' is not given.
	 */
	private String user = "soundcloud:users:1007";

	/**
	 * Items per chunk: the job commits, and saves its position, after each.
	 */
	private int chunkSize = 50;

	/**
	 * Items per page requested from the API.
	 */
	private int pageSize = 50;

	/**
	 * Threads of the partitioned job.
	 */
	private int threads = 4;

	/**
	 * Item (counted from 1 in this process) at which the processor fails, to try a restart; 0 never.
	 */
	private int failAt;

	/**
	 * Item at which the processor writes 'halt-marker' and blocks, so that a test can kill the process; 0 never.
	 */
	private int haltAt;

	/**
	 * File written when the processor reaches 'halt-at'.
	 */
	private @Nullable String haltMarker;

	/**
	 * Oldest API cursor a restart accepts; any age when unset.
	 */
	private @Nullable Duration maxCursorAge;

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public int getChunkSize() {
		return this.chunkSize;
	}

	public void setChunkSize(int chunkSize) {
		this.chunkSize = chunkSize;
	}

	public int getPageSize() {
		return this.pageSize;
	}

	public void setPageSize(int pageSize) {
		this.pageSize = pageSize;
	}

	public int getThreads() {
		return this.threads;
	}

	public void setThreads(int threads) {
		this.threads = threads;
	}

	public int getFailAt() {
		return this.failAt;
	}

	public void setFailAt(int failAt) {
		this.failAt = failAt;
	}

	public int getHaltAt() {
		return this.haltAt;
	}

	public void setHaltAt(int haltAt) {
		this.haltAt = haltAt;
	}

	public @Nullable String getHaltMarker() {
		return this.haltMarker;
	}

	public void setHaltMarker(@Nullable String haltMarker) {
		this.haltMarker = haltMarker;
	}

	public @Nullable Duration getMaxCursorAge() {
		return this.maxCursorAge;
	}

	public void setMaxCursorAge(@Nullable Duration maxCursorAge) {
		this.maxCursorAge = maxCursorAge;
	}

}
