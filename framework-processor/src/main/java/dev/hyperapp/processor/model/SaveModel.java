package dev.hyperapp.processor.model;

import dev.hyperapp.annotations.SaveMode;

/** When the state is saved; {@code every} is the n of the {@code EVERY_N_*} modes, else 0. */
public record SaveModel(SaveMode mode, int every) {}
