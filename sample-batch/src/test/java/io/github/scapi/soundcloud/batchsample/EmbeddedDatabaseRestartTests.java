package io.github.scapi.soundcloud.batchsample;

/**
 * The job repository on the default embedded database (H2, in memory).
 */
class EmbeddedDatabaseRestartTests extends RestartTestSupport {

}
