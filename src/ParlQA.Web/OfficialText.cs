namespace ParlQA.Web;

/// <summary>The words of the pages over the Tweede Kamer's record: Dutch in Resources/OfficialText.resx, English in OfficialText.en.resx.</summary>
public sealed class OfficialText;
