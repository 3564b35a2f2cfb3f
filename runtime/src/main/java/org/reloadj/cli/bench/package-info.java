/**
 * {@code reloadj bench}: benchmarks of real nodes ({@code bench cluster}), whose logic lives in
 * the reloadj-bench-cluster module (bench/cluster).
 */
package org.reloadj.cli.bench;
