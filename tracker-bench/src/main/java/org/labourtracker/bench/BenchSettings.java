package org.labourtracker.bench;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bench.*}: the sizes of the benchmark's steps. The defaults are those of issue #7; a quick
 * run takes {@code --bench.events=100000}.
 *
 * @param events          events in the store for the rebuild (and the raw scan): what the earlier
 *                        steps recorded, topped up by a bulk load
 * @param ceilingRows     rows per raw-insert measurement (from 1 and from 8 threads)
 * @param commands        commands per gateway measurement (from 1 and from 8 threads)
 * @param requests        requests of the HTTP measurement (16 clients)
 * @param lagRate         records per second of the projection-lag measurement
 * @param lagSeconds      how long the projection-lag measurement runs
 * @param bigStream       records of the large dispute that queries and command latency are measured on
 * @param querySamples    samples per query measurement
 * @param latencySamples  samples per command-latency measurement
 * @param loadBatch       events per transaction of the bulk load
 * @param appJar          the service's extracted jar, beside its class-data-sharing archive, whose start
 *                        the README's run command gives ({@code startup-seconds}); relative to the
 *                        folder the benchmark runs in
 * @param starts          starts of that jar measured; the median is reported
 */
@ConfigurationProperties("bench")
record BenchSettings(@DefaultValue("1000000") int events,
                     @DefaultValue("20000") int ceilingRows,
                     @DefaultValue("20000") int commands,
                     @DefaultValue("20000") int requests,
                     @DefaultValue("1000") int lagRate,
                     @DefaultValue("30") int lagSeconds,
                     @DefaultValue("10000") int bigStream,
                     @DefaultValue("200") int querySamples,
                     @DefaultValue("500") int latencySamples,
                     @DefaultValue("5000") int loadBatch,
                     @DefaultValue("tracker-api/target/app/labour-tracker.jar") String appJar,
                     @DefaultValue("3") int starts) {
}
