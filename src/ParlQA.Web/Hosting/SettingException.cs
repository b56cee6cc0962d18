namespace ParlQA.Web.Hosting;

/// <summary>A setting of the web app that cannot be used (its name and what is wrong): said in one line at start, never as a stack trace.</summary>
public sealed class SettingException : Exception
{
    public SettingException()
    {
    }

    public SettingException(string message)
        : base(message)
    {
    }

    public SettingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
