namespace ParlQA.Rounds.Domain;

/// <summary>
/// Who may change the archive and its accounts, whatever page, API or command asks: archivists and the admin put
/// documents into the archive and restore earlier versions; only the admin manages accounts and reads the audit log.
/// Anyone may have a file read and shown without it entering the archive. The commitments register is kept by clerks
/// (the Griffie keeps the Kamer's register of toezeggingen), archivists and the admin.
/// </summary>
public static class ArchivePolicy
{
    public static bool MayChangeArchive(User? user) => user?.Role is Role.Archivist or Role.Administrator;

    public static bool MayAdminister(User? user) => user?.Role is Role.Administrator;

    public static bool MayMarkCommitments(User? user) => user?.Role is Role.Clerk or Role.Archivist or Role.Administrator;
}
