namespace ParlQA.Web;

/// <summary>The interface's words: Dutch in Resources/Text.resx (the default), English in Resources/Text.en.resx.</summary>
public sealed class Text;
