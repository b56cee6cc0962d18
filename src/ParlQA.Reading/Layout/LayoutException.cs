namespace ParlQA.Reading.Layout;

/// <summary>A layout that cannot be read at all, with the one-line reason (a <see cref="ReadErrors"/> message).</summary>
internal sealed class LayoutException(string message) : Exception(message);
