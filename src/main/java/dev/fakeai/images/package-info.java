/**
 * The image API ({@code /v1/images/generations}, {@code /edits}, {@code /variations}):
 * its wire records, the parser of its JSON and multipart requests, the rules each model's
 * {@link dev.fakeai.models.ImageSpec} sets, its renderer and stream, and the images it
 * serves by URL for an hour.
 */
@NullMarked
package dev.fakeai.images;

import org.jspecify.annotations.NullMarked;
