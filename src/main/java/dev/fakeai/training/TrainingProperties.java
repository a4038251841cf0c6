package dev.fakeai.training;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The training run ({@code fakeai.training.*}, docs/configuration.md).
 *
 * @param run whether this start is a training run: once the server is ready it sends
 * {@code rounds} rounds of real requests to every endpoint over loopback, then exits (0
 * when every request was answered as expected, 1 otherwise), which writes the AOT cache
 * named by {@code -XX:AOTCacheOutput}
 * @param rounds how many times every request is sent; more rounds give the JIT's profiles
 * more to record
 */
@ConfigurationProperties("fakeai.training")
@Validated
public record TrainingProperties(@DefaultValue("false") boolean run, @DefaultValue("10") @Positive int rounds) {

}
