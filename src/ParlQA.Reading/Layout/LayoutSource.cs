namespace ParlQA.Reading.Layout;

/// <summary>Reads one format's bytes into lines, or throws a <see cref="LayoutException"/> with the one-line reason.</summary>
internal delegate DocumentLayout LayoutSource(byte[] bytes, ReaderOptions options);
