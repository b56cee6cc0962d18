namespace ParlQA.Archive;

/// <summary>An archive that cannot be opened or written, with the reason in one sentence.</summary>
public sealed class ArchiveException(string message, Exception? inner = null) : Exception(message, inner);
